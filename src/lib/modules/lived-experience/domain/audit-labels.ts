import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the entries of "Levande bibliotek" (never a person's details). */
export const auditLabels: AuditLabels = {
	entities: {
		lived_experience_offer: 'anmälan till Levande bibliotek',
		participant_request: 'förfrågan om deltagare',
		participant_assignment: 'uppdrag i Levande bibliotek'
	},
	fields: [
		{
			after: 'title',
			labels: {
				task: 'uppgift',
				wanted: 'antal deltagare',
				requestId: 'förfrågan',
				participantOfferId: 'anmälan',
				paid: 'arvoderat',
				terms: 'villkor'
			}
		}
	]
};
