import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the benefit model's entries. */
export const auditLabels: AuditLabels = { entities: { scenario: 'nyttokalkyl' } };
