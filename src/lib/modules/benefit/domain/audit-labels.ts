/** How the audit log names the benefit model's entries. */
export const auditLabels = { entities: { scenario: 'nyttokalkyl' } };
