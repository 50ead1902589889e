/** What other modules may use of the actions module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { ActionOwner, day } from './schema.ts';
export { actionStatusLabel } from './domain/vocabulary.ts';
export { swedishDay } from './domain/due.ts';
