/**
 * The benefit model's use cases: computing a scenario (anyone may), saving
 * named scenarios of a county as versions (coordinators and administrators),
 * reading them by their visibility, and filling a scenario's population and
 * baseline from Nära's own data. Every write is audited. Each lives in its
 * own file; this one gathers them for the callers.
 */
export {
	compute,
	computeValidated,
	computeValidatedWithin,
	DRAWS,
	type ComputedScenario
} from './compute.ts';
export {
	archiveScenario,
	createScenario,
	getScenario,
	listScenarios,
	saveScenarioVersion,
	type ScenarioConflict
} from './scenarios.ts';
export { fillFromData, municipalities } from './fill-from-data.ts';
