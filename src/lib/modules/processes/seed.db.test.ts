import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { varmlandProcesses } from '../../../../seed/processes/varmland.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import * as t from '../../app/tables.ts';
import { projectRoot } from '../../platform/paths.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { processSeedSteps } from './seed.server.ts';

/** The seeded processes: Värmland's five, as the sources say, and a second seed adds nothing. */

const database = databaseForFile();

const TITLES = [
	'Psykisk hälsa barn och unga',
	'Minskade förflyttningar',
	'Levnadsvanor',
	'Fallprevention',
	'Gemensam plan för primärvård'
];

async function varmland() {
	return database.db
		.select()
		.from(t.processes)
		.where(eq(t.processes.countyCode, '17'))
		.orderBy(asc(t.processes.position));
}

/** A source's words only: line-break hyphens joined, footnote digits, punctuation and spacing gone. */
function words(text: string): string {
	return text
		.replace(/-[ \t]*\n\s*/g, '')
		.toLowerCase()
		.replace(/[^a-zåäöé]+/g, ' ')
		.trim();
}

describe('Värmland’s processes', () => {
	test('the four county processes of 2023 and the shared plan for primary care, county-wide', async () => {
		const rows = await varmland();
		expect(rows.map((r) => r.title)).toEqual(TITLES);
		expect(rows.every((r) => r.level === 'county' && r.visibility === 'public')).toBe(true);
		expect(rows.map((r) => r.source)).toEqual([
			'000_f8bc95be08be1486.txt',
			'000_f8bc95be08be1486.txt',
			'000_f8bc95be08be1486.txt',
			'000_f8bc95be08be1486.txt',
			'000_f8bc95be08be1486.txt'
		]);
		expect(rows.find((r) => r.title === 'Fallprevention')?.goalAreas).toEqual([
			'fallprevention',
			'aldre'
		]);
	});

	test('the 2023 processes belong to the network of health care management and social services directors; the plan names no body', async () => {
		const rows = await database.db
			.select({ title: t.processes.title, owner: t.groups.name })
			.from(t.processes)
			.leftJoin(t.groups, eq(t.groups.id, t.processes.ownerGroupId))
			.where(eq(t.processes.countyCode, '17'))
			.orderBy(asc(t.processes.position));
		const network =
			'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer';
		expect(rows.map((r) => r.owner)).toEqual([network, network, network, network, null]);
	});

	test('the region and the 16 municipalities take part in each', async () => {
		const rows = await database.db.execute<{ title: string; n: number; region: boolean }>(sql`
			select p.title, count(*)::int n, bool_or(o.kind = 'region') region
			from processes p join process_participants pp on pp.process_id = p.id
			join organisations o on o.id = pp.organisation_id and o.county_code = '17'
			where p.county_code = '17' group by p.title`);
		expect(rows).toHaveLength(5);
		expect(rows.every((r) => r.n === 17 && r.region)).toBe(true);
	});

	test('coverage: considered only where a source ties the subject to an area; every other area is not assessed, never a gap no one recorded', async () => {
		const rows = await database.db.execute<{ title: string; area: string; state: string }>(sql`
			select p.title, c.development_area area, c.state from process_coverage c
			join processes p on p.id = c.process_id where p.county_code = '17'
			order by p.position, c.development_area`);
		expect(rows).toHaveLength(20);
		expect(rows.filter((r) => r.state !== 'not_assessed')).toEqual([
			{ title: 'Psykisk hälsa barn och unga', area: 'proactive', state: 'considered' },
			{ title: 'Levnadsvanor', area: 'proactive', state: 'considered' },
			{ title: 'Fallprevention', area: 'proactive', state: 'considered' },
			{ title: 'Gemensam plan för primärvård', area: 'bridging', state: 'considered' }
		]);
		// no source says an area was not considered, so no seeded row says so
		const notConsidered = await database.db.execute<{ n: number }>(sql`
			select count(*)::int n from process_coverage c join processes p on p.id = c.process_id
			where p.county_code = '17' and c.state = 'not_considered'`);
		expect(notConsidered[0]!.n).toBe(0);
		const empty = await database.db.execute<{ n: number }>(sql`
			select count(*)::int n from process_coverage c join processes p on p.id = c.process_id
			where p.county_code = '17' and c.state = 'not_assessed' and (c.how <> '' or c.evidence <> '')`);
		expect(empty[0]!.n).toBe(0);
	});

	test('the migration to not_assessed turns the old empty default into not assessed and keeps what someone wrote', async () => {
		const file = readdirSync(path.join(projectRoot(), 'drizzle')).find((f) =>
			f.endsWith('_coverage_not_assessed.sql')
		)!;
		const statements = readFileSync(path.join(projectRoot(), 'drizzle', file), 'utf8')
			.split('--> statement-breakpoint')
			.map((s) => s.trim());
		const [p] = await varmland();
		const rollback = new Error('rollback');
		const states = await database.db
			.transaction(async (tx) => {
				await tx.execute(sql`delete from process_coverage where process_id = ${p!.id}`);
				await tx.execute(sql`insert into process_coverage (process_id, development_area, state, how, evidence) values
					(${p!.id}, 'proactive', 'not_considered', '', ''),
					(${p!.id}, 'person_centred', 'not_considered', 'Inte aktuellt än', ''),
					(${p!.id}, 'bridging', 'not_considered', '', 'Protokoll 2024-03-01'),
					(${p!.id}, 'digital', 'considered', 'Videomöten', '')`);
				// the migration as drizzle runs it: every statement in one transaction
				for (const statement of statements) await tx.execute(sql.raw(statement));
				const rows = await tx.execute<{ area: string; state: string }>(sql`
					select development_area area, state from process_coverage where process_id = ${p!.id}
					order by development_area`);
				const [column] = await tx.execute<{ d: string }>(sql`
					select column_default d from information_schema.columns
					where table_name = 'process_coverage' and column_name = 'state'`);
				throw Object.assign(rollback, { rows, column });
			})
			.catch((e: unknown) => {
				if (e !== rollback) throw e;
				return rollback as Error & { rows: unknown; column: { d: string } };
			});
		expect(states.rows).toEqual([
			{ area: 'proactive', state: 'not_assessed' },
			{ area: 'person_centred', state: 'not_considered' },
			{ area: 'bridging', state: 'not_considered' },
			{ area: 'digital', state: 'considered' }
		]);
		expect(states.column.d).toMatch(/^'not_assessed'/);
	});

	test('every quotation in the seed is in the source it names', () => {
		const sources = new Map(
			['000_f8bc95be08be1486.txt', '001_ae9703054a45fcdc.txt'].map((f) => [
				f,
				words(readFileSync(path.join(projectRoot(), 'seed', 'sources', f), 'utf8'))
			])
		);
		const quotes = varmlandProcesses.flatMap((p) =>
			[p.goal, p.description, ...Object.values(p.coverage).map((c) => c.how)].flatMap((text) =>
				[...text.matchAll(/”([^”]+)”/g)].map((m) => m[1]!)
			)
		);
		expect(quotes).toHaveLength(9);
		for (const quote of quotes) {
			const inSome = [...sources.values()].some((s) => s.includes(words(quote)));
			expect(inSome, quote).toBe(true);
		}
	});

	test('seeding again adds no process and changes none, even one the county has edited', async () => {
		const [first] = await varmland();
		await database.db
			.update(t.processes)
			.set({ goal: 'Länets eget mål (ändrat i Nära)', revision: 2 })
			.where(eq(t.processes.id, first!.id));
		const counts = await database.db.transaction(async (tx) => processSeedSteps[0]!.run(tx));
		expect(counts).toEqual({
			processes: 0,
			process_participants: 0,
			process_coverage: 0,
			process_initiatives: 0
		});
		const result = await seedDatabase(database.db);
		expect(result.total).toBe(0);
		const [after] = await varmland();
		expect(after!.goal).toBe('Länets eget mål (ändrat i Nära)');
		expect((await varmland()).map((r) => r.title)).toEqual(TITLES);
	});
});

describe('the seeded processes and the inventory', () => {
	test('each is linked to its own entry in the inventory of initiatives', async () => {
		const rows = await database.db
			.select({ process: t.processes.title, initiative: t.initiatives.title })
			.from(t.processInitiatives)
			.innerJoin(t.processes, eq(t.processes.id, t.processInitiatives.processId))
			.innerJoin(t.initiatives, eq(t.initiatives.id, t.processInitiatives.initiativeId))
			.where(eq(t.processes.countyCode, '17'))
			.orderBy(asc(t.processes.position));
		expect(rows).toEqual([
			...TITLES.slice(0, 4).map((title) => ({
				process: title,
				initiative: `Länsgemensam process: ${title}`
			})),
			{ process: 'Gemensam plan för primärvård', initiative: 'Gemensam plan för primärvård' }
		]);
	});
});
