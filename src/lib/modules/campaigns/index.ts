/** What other modules may use of the campaigns module (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export { canOpenCampaigns, canThemeAnswers } from './domain/permissions.ts';
