/** How the audit log names the counties module's entries. */
export const auditLabels = { entities: { county: 'län', organisation: 'organisation' } };
