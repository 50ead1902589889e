/** What other modules may use of the roadmap module (client-safe: no server code). */
export { type Roadmap } from './schema.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
