import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the vision's entries. */
export const auditLabels: AuditLabels = {
	entities: { vision: 'målbild', vision_item: 'del av målbilden' }
};
