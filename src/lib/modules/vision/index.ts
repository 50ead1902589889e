/** What other modules may use of the vision module (client-safe: no server code). */
export { type FocusShiftKey } from './schema.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
