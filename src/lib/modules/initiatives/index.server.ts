/** What other modules may use of the initiatives module on the server. */
export { overviewInitiatives } from './queries.server.ts';
export { createInitiativeIn, getInitiative, initiativeTimes } from './service.server.ts';
export { initiativesImportJob } from './import-job.server.ts';
export { initiativesWorkbookJob } from './workbook-job.server.ts';
export type { CatalogueDataset } from './dcat.server.ts';
