import type { AuditLabels } from '../../../core/audit-labels.ts';
import { STATUS_LABELS } from './status.ts';

/** How the audit log names the milestones' entries. */
export const auditLabels: AuditLabels = {
	entities: { milestone: 'milstolpe' },
	fields: [
		{
			after: 'status',
			labels: {
				initiativeIds: 'insatser som leder dit (id)',
				processIds: 'processer som leder dit (id)',
				roadmapItemIds: 'delar av färdplanen som leder dit (id)'
			}
		}
	],
	values: { status: STATUS_LABELS }
};
