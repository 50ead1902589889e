/** What other modules may use of the processes module (client-safe: no server code). */
export { canManageProcesses } from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { COVERAGE_RULE } from './domain/coverage.ts';
