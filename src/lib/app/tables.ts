/**
 * Every table of the database in one namespace, for what reads across all
 * modules: the seed, the end-to-end tests and the benchmarks. A module imports
 * the tables it uses from their module's tables.ts; drizzle-kit reads the
 * files themselves (drizzle.config.ts).
 */
export * from '../platform/db/tables.ts';
export * from '../modules/accounts/tables.ts';
export * from '../modules/agreements/tables.ts';
export * from '../modules/actions/tables.ts';
export * from '../modules/barriers/tables.ts';
export * from '../modules/reflections/tables.ts';
export * from '../modules/benefit/tables.ts';
export * from '../modules/campaigns/tables.ts';
export * from '../modules/counties/tables.ts';
export * from '../modules/decisions/tables.ts';
export * from '../modules/followup/tables.ts';
export * from '../modules/good-examples/tables.ts';
export * from '../modules/groups/tables.ts';
export * from '../modules/initiatives/tables.ts';
export * from '../modules/privacy/tables.ts';
export * from '../modules/lived-experience/tables.ts';
export * from '../modules/meetings/tables.ts';
export * from '../modules/milestones/tables.ts';
export * from '../modules/processes/tables.ts';
export * from '../modules/roadmap/tables.ts';
export * from '../modules/self-assessment/tables.ts';
export * from '../modules/stories/tables.ts';
export * from '../modules/support/tables.ts';
export * from '../modules/timeline/tables.ts';
export * from '../modules/vision/tables.ts';
export * from '../modules/yearly-report/tables.ts';
