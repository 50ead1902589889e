/**
 * The benefit model (nyttokalkyl): who pays and who gains across region,
 * municipalities, individuals and relatives, with honest uncertainty. Pure
 * functions, no I/O. See model.ts for the formulas and the choices behind them.
 */
export * from './types.ts';
export * from './schema.ts';
export {
	computeScenario,
	SYSTEM_ID,
	SYSTEM_NAME,
	type OutcomeResult,
	type Parameter,
	type PartyResult,
	type ScenarioResult,
	type Totals,
	type YearFigures
} from './model.ts';
export {
	DEFAULT_BATCH,
	DEFAULT_DRAWS,
	MAX_DRAWS,
	simulate,
	simulationSteps,
	type PartySimulation,
	type SimulationOptions,
	type SimulationResult,
	type Stats
} from './montecarlo.ts';
export * from './sensitivity.ts';
export * from './templates.ts';
export * from './qualitative.ts';
export * from './summary.ts';
export * from './from-data.ts';
