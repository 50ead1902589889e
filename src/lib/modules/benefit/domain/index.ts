/**
 * The benefit model (nyttokalkyl): who pays and who gains across region,
 * municipalities, individuals and relatives, with honest uncertainty. Pure
 * functions, no I/O. See model.ts for the formulas and the choices behind them.
 */
export * from './types.ts';
export * from './schema.ts';
export { computeScenario, type PartyResult, type ScenarioResult } from './model.ts';
export {
	DEFAULT_DRAWS,
	MAX_DRAWS,
	simulate,
	simulationSteps,
	type SimulationResult
} from './montecarlo.ts';
export * from './sensitivity.ts';
export * from './templates.ts';
export * from './qualitative.ts';
export * from './summary.ts';
export * from './from-data.ts';
