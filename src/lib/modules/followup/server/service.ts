/**
 * Use cases of the shared follow-up: the indicator catalogue (Kolada's KPIs
 * and the county's own indicators), follow-up sets, measurements, county
 * aggregates and targets. Pages, the API and the CLI call these; each checks
 * access, validates with the schema and audits every write. Each use case
 * lives in its own file; this one gathers them for the callers.
 */
export type { OwnIndicatorConflict, TargetConflict } from '../domain/types.ts';
export { followUpSet, getIndicator, searchCatalogue } from './indicators.ts';
export { createOwnIndicator, updateOwnIndicator } from './own-indicators.ts';
export { countyAggregate, getMeasurements } from './measurements.ts';
export { archiveTarget, listTargets, setTarget, targetsOf } from './targets.ts';
