/** What other modules may use of the yearly report module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
