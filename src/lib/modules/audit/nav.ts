/** The audit log in the main navigation, for those who may read it (client-safe). */
export const nav = { path: '/admin/logg', label: 'nav.audit', when: 'readAudit' } as const;
