/** What other modules may use of the good-examples module (client-safe: no server code). */
export { canNominate, canReview } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
