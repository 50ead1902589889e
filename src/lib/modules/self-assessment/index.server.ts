/** What other modules may use of the Dialogguide on the server. */
export { dialogueIndicatorsJob } from './jobs.ts';
export {
	aggregateCatalogue,
	aggregateDatasets,
	type AggregateDataset
} from './open-data.server.ts';
export { countyOverview } from './read.server.ts';
