/** How the audit log names the roadmap's entries. */
export const auditLabels = { entities: { roadmap: 'färdplan', roadmap_item: 'del av färdplanen' } };
