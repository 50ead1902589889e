/** What other modules may use of the Dialogguide (client-safe: no server code). */
export { canEditTemplates, canOpenRounds } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { halfYearLabel } from './domain/round.ts';
