import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the roadmap's entries. */
export const auditLabels: AuditLabels = {
	entities: { roadmap: 'färdplan', roadmap_item: 'del av färdplanen' }
};
