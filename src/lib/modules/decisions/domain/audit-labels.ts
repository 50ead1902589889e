import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the decisions' entries. */
export const auditLabels: AuditLabels = {
	entities: { decision: 'beslut' },
	fields: [
		{
			after: 'day',
			labels: { decidedOn: 'beslutsdatum', datePrecision: 'datumets precision', subject: 'ämne' }
		},
		{ after: 'organisationId', labels: { groupId: 'samverkansorgan (id)' } }
	]
};
