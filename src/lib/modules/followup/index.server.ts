/** What other modules may use of the followup module on the server. */
export { readReferenceCsv } from './server/seed.ts';
export { koladaImportJob, KOLADA_QUEUE } from './server/kolada-jobs.ts';
export { publishExternalIndicator, type ExternalIndicator } from './server/external-indicator.ts';
export { followUpReportJob } from './server/report-job.ts';
export { followUpOverview, type FollowUpOverview } from './server/dashboard.ts';
export { indicatorFigures, indicatorsFigures, type IndicatorFigures } from './server/figures.ts';
export { listTargets } from './server/targets.ts';
