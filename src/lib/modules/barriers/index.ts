/** What other modules may use of the barriers module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { barrierKindLabel, barrierStatusLabel } from './domain/vocabulary.ts';
