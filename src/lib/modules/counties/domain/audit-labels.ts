import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the counties module's entries. */
export const auditLabels: AuditLabels = {
	entities: { county: 'län', organisation: 'organisation' }
};
