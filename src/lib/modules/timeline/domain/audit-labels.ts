import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the timeline's entries. */
export const auditLabels: AuditLabels = {
	entities: { timeline_event: 'händelse på tidslinjen' },
	fields: [{ after: 'day', labels: { periodLabel: 'period' } }]
};
