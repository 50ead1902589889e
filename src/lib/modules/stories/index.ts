/** What other modules may use of the stories module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { AGE_BANDS, AGE_BAND_LABELS, CARE_KINDS, CARE_KIND_LABELS } from './domain/vocabulary.ts';
