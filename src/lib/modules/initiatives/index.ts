/** What other modules may use of the initiatives module (client-safe: no server code). */
export { canManageInitiative } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
