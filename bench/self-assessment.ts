import { PgDialect } from 'drizzle-orm/pg-core';
import { countyAggregateSql } from '../src/lib/modules/self-assessment/queries.server.ts';
import { countyOverview, currentTemplate } from '../src/lib/modules/self-assessment/read.server.ts';
import { benchDatabase } from './database.ts';
import {
	median,
	msSince,
	percentile,
	type BenchResult,
	type Benchmark,
	type Target
} from './lib.ts';

/**
 * `self-assessment`: p50 and p95 of the county's Dialogguide results
 * (`countyOverview`: the aggregate per dimension × half-year × organisation,
 * every cell through the suppression rule, with the organisations' names)
 * over 2,000 closed rounds of Värmland's seeded template with 15 answers
 * each (30,000 answers, 16 statements, one in six "vet inte"). Baseline, in
 * the same run on the same database: the same SQL (countyAggregateSql) run
 * directly through the driver. Goal: p95 ≤ 3 × baseline.
 *
 * Generated data (a benchmark only): rounds spread over four years and the
 * county's organisations, answers and scores made from hashes of their
 * ids, so two runs load the same rows.
 */

const COUNTY = '17';
const ROUNDS = 2000;
const ANSWERS = 15;
const WARMUP = 3;
const RUNS = 30;
const TODAY = '2027-06-30';
const K = 5;

const log = (message: string) => console.error(`self-assessment: ${message}`);

export const selfAssessment: Benchmark = async (target: Target): Promise<BenchResult> => {
	const database = await benchDatabase(target, 'selfassessment', log);
	try {
		const template = await currentTemplate(database.db, COUNTY);
		if (template.kind !== 'ok') throw new Error('no seeded template');
		const tpl = template.value;
		log(`loading ${ROUNDS} rounds × ${ANSWERS} answers`);
		const start = process.hrtime.bigint();
		const [user] = await database.sql<{ id: number }[]>`
			insert into users (email, name) values ('bench@nara.invalid', 'Bench (genererad)') returning id`;
		await database.sql`
			insert into assessment_rounds (county_code, template_id, template_version, organisation_id,
				workplace, manager_id, mode, token, opens_on, closes_on)
			select ${COUNTY}, ${tpl.id}, ${tpl.version}, o.ids[1 + g % array_length(o.ids, 1)],
				'Arbetsplats ' || g, ${user!.id}, 'codes', 'bench-' || g, d - 14, d
			from generate_series(1, ${ROUNDS}) g,
				(select array_agg(id order by id) ids from organisations where county_code = ${COUNTY}) o,
				lateral (select date '2023-01-15' + (g * 7919) % 1430 as d) x`;
		await database.sql`
			insert into assessment_answers (id, round_id, answered_on)
			select md5(r.id || '-' || n)::uuid, r.id, r.closes_on - 1
			from assessment_rounds r, generate_series(1, ${ANSWERS}) n where r.token like 'bench-%'`;
		await database.sql`
			insert into assessment_scores (answer_id, statement_id, score)
			select a.id, s.id, nullif(1 + abs(hashtext(a.id::text || ':' || s.id)) % 6, 6)
			from assessment_answers a
			join assessment_rounds r on r.id = a.round_id and r.token like 'bench-%'
			join assessment_statements s on s.template_id = r.template_id and s.retired_in_version is null`;
		await database.sql`vacuum analyze`;
		const loadMs = msSince(start);
		log(`loaded in ${(loadMs / 1000).toFixed(1)} s`);

		const query = new PgDialect().sqlToQuery(countyAggregateSql(COUNTY, tpl.id, TODAY, K));
		const service = async () => {
			const t0 = process.hrtime.bigint();
			const o = await countyOverview(database.db, COUNTY, TODAY, K);
			if (o.kind !== 'ok') throw new Error(JSON.stringify(o));
			return { ms: msSince(t0), cells: o.value.periods.length };
		};
		const direct = async () => {
			const t0 = process.hrtime.bigint();
			await database.sql.unsafe(query.sql, query.params as never[]);
			return msSince(t0);
		};
		const a: number[] = [];
		const b: number[] = [];
		let cells = 0;
		for (let i = 0; i < WARMUP + RUNS; i++) {
			let x: { ms: number; cells: number };
			let y: number;
			if (i % 2 === 0) {
				x = await service();
				y = await direct();
			} else {
				y = await direct();
				x = await service();
			}
			cells = x.cells;
			if (i >= WARMUP) {
				a.push(x.ms);
				b.push(y);
			}
		}
		const [version] = await database.sql<{ server_version: string }[]>`show server_version`;
		return {
			figures: [
				{ name: 'county_p50', value: median(a), unit: 'ms', baseline: median(b) },
				{ name: 'county_p95', value: percentile(a, 95), unit: 'ms', baseline: percentile(b, 95) }
			],
			details: {
				database: database.label,
				postgres: version?.server_version ?? 'unknown',
				goal: 'county_p95 ratio ≤ 3',
				what: 'countyOverview(db, county, today, K) in process: the template, the aggregate SQL, the suppression rule per cell, the organisations’ names',
				baselineSql: query.sql,
				rounds: ROUNDS,
				answersPerRound: ANSWERS,
				dimensionPeriods: cells,
				loadMs: Math.round(loadMs)
			}
		};
	} finally {
		await database.close();
	}
};
