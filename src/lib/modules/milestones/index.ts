/** What other modules may use of the milestones module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { STATUS_LABELS as milestoneStatusLabel } from './domain/status.ts';
