import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the actions' entries. */
export const auditLabels: AuditLabels = {
	entities: { action: 'åtgärd', action_digest: 'veckobrev om åtgärder' },
	fields: [
		{
			after: 'title',
			labels: {
				ownerOrganisationId: 'ägande organisation (id)',
				ownerUserId: 'ansvarig person (id)',
				dueOn: 'sista dag',
				outcome: 'vad som gjorts',
				origin: 'ursprung',
				originId: 'ursprungets id',
				digest: 'veckobrev'
			}
		}
	]
};
