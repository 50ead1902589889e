import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the follow-up's entries. */
export const auditLabels: AuditLabels = {
	entities: { measurements: 'mätvärden', indicator: 'nyckeltal', target: 'målvärde' }
};
