import type { AuditLabels } from '../../../core/audit-labels.ts';
import { REQUEST_STATUS_LABELS } from './vocabulary.ts';

/**
 * How the audit log names the support structure's entries. Start and end
 * dates, place, notes, workplace and development areas are named by the
 * modules that came first (initiatives, meetings, self-assessment).
 */
export const auditLabels: AuditLabels = {
	entities: {
		support_offer: 'stöd i stödstrukturens katalog',
		support_request: 'förfrågan om stöd',
		course_round: 'kursomgång'
	},
	fields: [
		{
			after: 'status',
			labels: {
				offerId: 'stöd (id)',
				provider: 'ges av',
				prerequisites: 'förutsättningar',
				need: 'behov',
				participation: 'deltagare per organisation'
			}
		}
	],
	values: { status: REQUEST_STATUS_LABELS }
};
