import type postgres from 'postgres';
import * as t from '../src/lib/app/tables.ts';
import { anonymous } from '../src/lib/core/actor.ts';
import { FOCUS_SHIFTS } from '../src/lib/core/vocabulary.ts';
import { Random } from '../src/lib/modules/benefit/domain/random.ts';
import { reportDocument } from '../src/lib/modules/yearly-report/domain/document.ts';
import { reportDocx } from '../src/lib/modules/yearly-report/docx.server.ts';
import { reportPdf } from '../src/lib/modules/yearly-report/pdf.server.ts';
import { yearlyReport } from '../src/lib/modules/yearly-report/read.server.ts';
import type { YearlyReport } from '../src/lib/modules/yearly-report/schema.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import { benchDatabase } from './database.ts';
import { generateInitiatives } from './inventory-data.ts';
import { countyOrganisations } from './inventory-search.ts';
import {
	median,
	msSince,
	percentile,
	recordingDb,
	type BenchResult,
	type Benchmark,
	type Target
} from './lib.ts';

/**
 * `yearly-report`: the time to put together the yearly follow-up of the
 * roadmap (Värmland, 2023) for a county with 2,000 generated initiatives and
 * 60 indicators with ten years of values (SKR's set from the seed, the rest
 * the county's own, generated), against the same SQL statements run
 * directly. The statements are captured once from the service through a
 * logging driver and replayed through postgres.js one after the other (the
 * service runs some at once). 5 warm-up rounds, then 30 rounds, service and
 * baseline alternating. Goal: median ≤ 3× the baseline's median.
 *
 * The PDF and the DOCX are timed apart, from the report in memory (no SQL).
 * The generated data is made up: it exists only in the benchmark's database.
 */

const NAME = 'yearly-report';
const log = (m: string) => console.error(`${NAME}: ${m}`);
const COUNTY = '17';
const INITIATIVES = 2000;
const INDICATORS = 60;
const SEED = 20261208;
const WARM_UP = 5;
const ROUNDS = 30;
const YEAR = 2023;

export const yearlyReportBench: Benchmark = async (target: Target): Promise<BenchResult> => {
	const database = await benchDatabase(target, NAME, log);
	let direct: postgres.Sql | undefined;
	try {
		const db = database.db;
		const county = await countyOrganisations(database.sql, COUNTY);
		const rows = generateInitiatives(county, INITIATIVES, SEED);
		const existing = (await db.select({ id: t.initiatives.id }).from(t.initiatives)).length;
		for (let i = 0; i < rows.length; i += 500)
			await db.insert(t.initiatives).values(
				rows.slice(i, i + 500).map((r) => ({
					countyCode: COUNTY,
					title: r.title,
					description: r.description,
					level: r.level,
					phase: r.phase,
					startsOn: r.startsOn,
					endsOn: r.endsOn,
					developmentAreas: r.developmentAreas,
					focusShifts: r.focusShifts,
					visibility: 'public' as const
				}))
			);
		const own = await addIndicators(database.db);
		await database.sql.unsafe('vacuum analyze');
		log(`${existing} seeded + ${rows.length} generated initiatives; ${own} own indicators added`);

		const client = database.newClient(1);
		const { db: recording, statements } = recordingDb(client);
		const captured = await yearlyReport(recording, anonymous, COUNTY, { year: YEAR });
		await client.end({ timeout: 5 });
		if (captured.kind !== 'ok') throw new Error(JSON.stringify(captured));
		const r: YearlyReport = captured.value;
		log(
			`the report: ${r.work.initiatives.running} initiatives in ${YEAR}, ${r.progress.indicators.length} indicator rows, from ${statements.length} SQL statements`
		);

		direct = database.newClient(1);
		const service = async () => {
			const start = process.hrtime.bigint();
			const o = await yearlyReport(db, anonymous, COUNTY, { year: YEAR });
			if (o.kind !== 'ok') throw new Error(o.kind);
			return msSince(start);
		};
		const baseline = async () => {
			const start = process.hrtime.bigint();
			for (const s of statements)
				await direct!.unsafe(s.query, s.params as postgres.ParameterOrJSON<never>[], {
					prepare: true
				});
			return msSince(start);
		};
		const serviceMs: number[] = [];
		const baselineMs: number[] = [];
		for (let i = 0; i < WARM_UP + ROUNDS; i++) {
			const a = i % 2 === 0 ? await service() : await baseline();
			const b = i % 2 === 0 ? await baseline() : await service();
			if (i < WARM_UP) continue;
			serviceMs.push(i % 2 === 0 ? a : b);
			baselineMs.push(i % 2 === 0 ? b : a);
		}
		const doc = reportDocument(r, `/lan/${r.county.slug}`);
		const pdfMs: number[] = [];
		const docxMs: number[] = [];
		let pdfBytes = 0;
		for (let i = 0; i < 6; i++) {
			let start = process.hrtime.bigint();
			pdfBytes = (await reportPdf(doc)).length;
			if (i > 0) pdfMs.push(msSince(start));
			start = process.hrtime.bigint();
			await reportDocx(doc);
			if (i > 0) docxMs.push(msSince(start));
		}
		return {
			figures: [
				{
					name: 'report_median',
					value: median(serviceMs),
					unit: 'ms',
					baseline: median(baselineMs)
				},
				{
					name: 'report_p95',
					value: percentile(serviceMs, 95),
					unit: 'ms',
					baseline: percentile(baselineMs, 95)
				},
				{ name: 'pdf_median', value: median(pdfMs), unit: 'ms', baseline: null },
				{ name: 'docx_median', value: median(docxMs), unit: 'ms', baseline: null }
			],
			details: {
				initiatives: existing + rows.length,
				indicators: r.progress.indicators.length,
				statements: statements.map((s) => s.query),
				serviceMs,
				baselineMs,
				pdfMs,
				docxMs,
				pdfBytes
			}
		};
	} finally {
		await direct?.end({ timeout: 5 });
		await database.close();
	}
};

/**
 * The county's own indicators up to 60 in all with SKR's set: each follows a
 * focus shift, has the region's values 2014–2024 and (every third) a target
 * for the report's year.
 */
async function addIndicators(db: Db): Promise<number> {
	const skr = (await db.select({ id: t.followUpItems.indicatorId }).from(t.followUpItems)).filter(
		(i) => i.id !== null
	).length;
	const count = Math.max(0, INDICATORS - skr);
	const random = new Random(SEED);
	for (let i = 0; i < count; i++) {
		const [row] = await db
			.insert(t.indicators)
			.values({
				countyCode: COUNTY,
				title: `Genererat nyckeltal ${i + 1}`,
				unit: 'procent',
				direction: i % 2 ? 'higher_is_better' : 'lower_is_better',
				source: 'own'
			})
			.returning();
		await db.insert(t.indicatorLinks).values({
			indicatorId: row!.id,
			kind: 'focus_shift',
			key: FOCUS_SHIFTS[i % FOCUS_SHIFTS.length]!
		});
		await db.insert(t.measurements).values(
			Array.from({ length: 11 }, (_, k) => ({
				indicatorId: row!.id,
				areaId: `00${COUNTY}`,
				period: 2014 + k,
				gender: 'T',
				value: Math.round(random.uniform() * 1000) / 10,
				source: 'Genererat för benchmark'
			}))
		);
		if (i % 3 === 0)
			await db.insert(t.targets).values({
				indicatorId: row!.id,
				countyCode: COUNTY,
				areaId: `00${COUNTY}`,
				period: YEAR,
				value: 50
			});
	}
	return count;
}
