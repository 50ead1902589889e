/** How the audit log names the vision's entries. */
export const auditLabels = { entities: { vision: 'målbild', vision_item: 'del av målbilden' } };
