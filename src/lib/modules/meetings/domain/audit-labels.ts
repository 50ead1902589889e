import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the meetings' entries. */
export const auditLabels: AuditLabels = {
	entities: { meeting: 'möte' },
	fields: [
		{
			after: 'title',
			labels: {
				heldOn: 'mötesdatum',
				place: 'plats',
				notes: 'anteckningar',
				agenda: 'dagordning'
			}
		}
	]
};
