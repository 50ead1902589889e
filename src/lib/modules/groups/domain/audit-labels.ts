/** How the audit log names the bodies' entries. */
export const auditLabels = {
	entities: { group: 'samverkansorgan' },
	fields: [{ after: 'key', labels: { composition: 'sammansättning', mandate: 'uppdrag' } }]
};
