import path from 'node:path';
import { figureLine, projectRoot, writeResults, type Benchmark, type Target } from './lib.ts';
import { benefitModel } from './benefit-model.ts';
import { compressionBench } from './compression.ts';
import { computeLoad } from './compute-load.ts';
import { dashboardQuery } from './dashboard-query.ts';
import { importBounds } from './import-bounds.ts';
import { importMeasurementsBench } from './import-measurements.ts';
import { inventorySearch } from './inventory-search.ts';
import { jobsBench } from './jobs.ts';
import { replica } from './replica.ts';
import { selfAssessment } from './self-assessment.ts';
import { startup } from './startup.ts';
import { yearlyReportBench } from './yearly-report.ts';

/**
 * `npm run bench [-- <name> …]`: runs the named benchmarks (all when none is
 * named) against the embedded PostgreSQL and, when BENCH_DATABASE_URL is set,
 * against that server too. Figure lines go to stdout, progress to stderr.
 * Exit status: 0 when every benchmark ran, 1 when one failed, 2 for an
 * unknown name. A new benchmark is a file bench/<name>.ts exporting a
 * `Benchmark`, registered here.
 */
const benchmarks: Record<string, Benchmark> = {
	startup,
	'benefit-model': benefitModel,
	'compute-load': computeLoad,
	compression: compressionBench,
	'import-measurements': importMeasurementsBench,
	'import-bounds': importBounds,
	'dashboard-query': dashboardQuery,
	'inventory-search': inventorySearch,
	'self-assessment': selfAssessment,
	jobs: jobsBench,
	'yearly-report': yearlyReportBench,
	replica
};

/** Benchmarks that touch no database run once, with `none` in the db column. */
const withoutDatabase = new Set(['benefit-model', 'import-bounds']);
const noDatabase: Target = { db: 'none' };
/** Benchmarks that start PostgreSQL servers of their own on this machine run once, as `local`. */
const ownServers = new Set(['replica']);
const local: Target = { db: 'local' };

function usage(): string {
	return `Benchmarks: ${Object.keys(benchmarks).join(', ')}\nUsage: npm run bench [-- <name> …]`;
}

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
	console.log(usage());
	process.exit(0);
}
const unknown = args.filter((name) => !Object.hasOwn(benchmarks, name));
if (unknown.length > 0) {
	console.error(`Unknown benchmark: ${unknown.join(', ')}\n${usage()}`);
	process.exit(2);
}

const names = args.length > 0 ? [...new Set(args)] : Object.keys(benchmarks);
const targets: Target[] = [{ db: 'embedded' }];
const external = process.env.BENCH_DATABASE_URL?.trim();
if (external) {
	if (!/^postgres(ql)?:\/\//.test(external)) {
		console.error('BENCH_DATABASE_URL must start with postgres:// or postgresql://');
		process.exit(2);
	}
	targets.push({ db: 'external', databaseUrl: external });
} else if (names.some((n) => !withoutDatabase.has(n) && !ownServers.has(n))) {
	console.error('BENCH_DATABASE_URL is not set: running against the embedded PostgreSQL only.');
}

let failed = 0;
for (const name of names) {
	const runOn = withoutDatabase.has(name) ? [noDatabase] : ownServers.has(name) ? [local] : targets;
	for (const target of runOn) {
		try {
			const result = await benchmarks[name]!(target);
			for (const figure of result.figures) console.log(figureLine(name, target.db, figure));
			const file = writeResults(name, target.db, result);
			console.error(`Results: ${path.relative(projectRoot, file)}`);
		} catch (e) {
			failed++;
			console.error(`bench ${name} ${target.db} FAILED: ${e instanceof Error ? e.message : e}`);
		}
	}
}
process.exit(failed > 0 ? 1 : 0);
