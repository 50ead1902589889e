import type { AuditLabels } from '../../../core/audit-labels.ts';
import { CRITERION_LABELS } from './criteria.ts';

/** How the audit log names the good examples' entries. */
export const auditLabels: AuditLabels = {
	actions: { reuse: 'använde i sitt län' },
	entities: { good_example: 'gott exempel' },
	fields: [
		{
			after: 'status',
			labels: {
				criteria: 'kriterier',
				justification: 'motivering',
				reviewNote: 'granskarens kommentar',
				countyCode: 'län'
			}
		}
	],
	// the statuses are not named here: the processes' statuses share the field "status"
	values: { criteria: CRITERION_LABELS }
};
