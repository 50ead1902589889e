import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the bodies' entries. */
export const auditLabels: AuditLabels = {
	entities: { group: 'samverkansorgan' },
	fields: [{ after: 'key', labels: { composition: 'sammansättning', mandate: 'uppdrag' } }]
};
