/** What other modules may use of the groups module (client-safe: no server code). */
export { Organisations } from './schema.ts';
export { auditLabels } from './domain/audit-labels.ts';
