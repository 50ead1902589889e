/** What other modules may use of the support module (client-safe: no server code). */
export { canManageSupport, canRequestSupport } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
