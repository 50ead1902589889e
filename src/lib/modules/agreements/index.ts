/** What other modules may use of the agreements module (client-safe: no server code). */
export { canManageAgreements } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
