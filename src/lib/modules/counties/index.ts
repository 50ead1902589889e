/** What other modules may use of the counties module (client-safe: no server code). */
export { ContentVisibility, type County, CountyCode, Organisation, SourceFile } from './schema.ts';
export { auditLabels } from './domain/audit-labels.ts';
