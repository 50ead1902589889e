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
	SEED,
	type ComputedScenario
} from './compute.ts';
export {
	archiveScenario,
	createScenario,
	getScenario,
	listScenarios,
	saveScenarioVersion,
	ScenarioSaveInput,
	ScenarioVersionInput,
	type SavedScenario,
	type ScenarioConflict,
	type ScenarioListItem,
	type VersionInfo
} from './scenarios.ts';
export {
	FALL_INJURIES_80_KPI,
	fillFromData,
	municipalities,
	POPULATION_80_KPI,
	type FilledFromData
} from './fill-from-data.ts';
