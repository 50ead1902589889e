import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { SKR_SOURCE, skrIndicators } from '../../../../../seed/followup/skr.ts';
import { populationGroupFromTitle, POPULATION_KPI } from '../domain/catalogue.ts';
import { seedDatabase } from '../../../app/seed/seed.ts';
import { FILES, POPULATION_COLUMNS, readReferenceCsv } from './seed.ts';

/**
 * What `nara seed` loads for the follow-up, checked against the files it
 * loads them from (seed/reference/kolada/, seed/reference/population/).
 */

const database = databaseForFile();
const catalogue = readReferenceCsv(FILES.catalogue);
const values = readReferenceCsv(FILES.values);
const population = readReferenceCsv(FILES.population);
const projection = readReferenceCsv(FILES.projection);

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
	return (await database.db.execute(query)) as unknown as T[];
}

describe('the Kolada catalogue', () => {
	test('every KPI of the catalogue file is an indicator (6,099), credited to Kolada', async () => {
		expect(catalogue).toHaveLength(6099);
		const [r] = await rows<{ n: number; distinct: number }>(
			sql`select count(*)::int n, count(distinct kolada_id)::int as distinct from indicators where source = 'kolada' and county_code is null`
		);
		expect(r).toEqual({ n: 6099, distinct: 6099 });
	});

	test('title, description, gender split, operating area and publication period as in Kolada', async () => {
		const [n20402] = await rows(
			sql`select title, description, has_gender_split, operating_area, publication_period, aggregation, direction, unit
			from indicators where kolada_id = 'N20402'`
		);
		const source = catalogue.find((r) => r.id === 'N20402')!;
		expect(n20402).toEqual({
			title: source.title,
			description: source.description,
			has_gender_split: true,
			operating_area: 'Hälso- och sjukvård',
			publication_period: '2025',
			aggregation: 'population_weighted',
			direction: 'lower_is_better',
			unit: 'antal slutenvårdstillfällen/100 000 inv'
		});
		const [n20403] = await rows(
			sql`select has_gender_split, aggregation, direction from indicators where kolada_id = 'N20403'`
		);
		expect(n20403).toEqual({
			has_gender_split: false,
			aggregation: 'none',
			direction: 'lower_is_better'
		});
		const [counts] = await rows<{ split: number; weighted: number; summed: number }>(
			sql`select count(*) filter (where has_gender_split)::int split,
				count(*) filter (where aggregation = 'population_weighted')::int weighted,
				count(*) filter (where aggregation = 'sum')::int summed
			from indicators where source = 'kolada'`
		);
		expect(counts!.split).toBe(catalogue.filter((r) => r.is_divided_by_gender === 'True').length);
		expect(counts!.weighted).toBeGreaterThan(3000);
		expect(counts!.summed).toBeGreaterThan(700);
	});

	test('the population KPIs are the age groups the catalogue says they are', () => {
		for (const [group, id] of Object.entries(POPULATION_KPI)) {
			const kpi = catalogue.find((r) => r.id === id);
			expect(kpi, id).toBeDefined();
			expect(populationGroupFromTitle(kpi!.title!), `${id} ${kpi!.title}`).toBe(group);
			expect(kpi!.title).toMatch(/, antal$/);
		}
	});
});

describe('SKR’s national indicators: the default follow-up set', () => {
	test('13 rows in the four focus shifts; the fourth only with the row the source gives', async () => {
		const items = await rows<{ focus_shift_key: string; n: number }>(
			sql`select focus_shift_key, count(*)::int n from follow_up_items where set_key = 'skr'
			group by focus_shift_key order by focus_shift_key`
		);
		expect(items).toEqual([
			{ focus_shift_key: 'person', n: 4 },
			{ focus_shift_key: 'co_creator', n: 4 },
			{ focus_shift_key: 'proactive', n: 4 },
			{ focus_shift_key: 'coordination', n: 1 }
		]);
	});

	test('mapped to the Kolada KPI that measures it where the catalogue has one, each with its note', async () => {
		const items = await rows<{
			title: string;
			kolada_id: string | null;
			note: string;
			source: string;
		}>(
			sql`select f.title, i.kolada_id, f.note, f.source from follow_up_items f
			left join indicators i on i.id = f.indicator_id where f.set_key = 'skr'
			order by f.focus_shift_key, f.position`
		);
		expect(items.map((i) => [i.title, i.kolada_id])).toEqual([
			['Upplevd trygghet i äldreomsorgen', 'U21505'],
			['Kontinuitetsindex', null],
			['Tillgänglighet', 'N79173'],
			['Kontinuitetsindex på SÄBO (läkarkontinuitet för personer på särskilt boende)', null],
			['Förtroende för hälso- och sjukvården', 'U70447'],
			['Påverkbar slutenvård vid kronisk sjukdom per 100 000', 'U79133'],
			['Patientupplevelse av information och kunskap', 'U71456'],
			['Behov av hemtjänst (personer 65+ med beslut om hemtjänst)', 'N21704'],
			['Självskattad hälsa i befolkningen', 'U01405'],
			['Fallskador per 100 000 invånare 65 år och äldre', 'U20462'],
			['Övervikt och fetma i befolkningen (BMI > 25)', 'U01760'],
			['Vårdtillfällen per 100 000 invånare', 'N70808'],
			['Fast vårdkontakt', null]
		]);
		for (const i of items) expect(i.source).toBe(SKR_SOURCE);
		expect(items.map((i) => i.note)).toEqual(skrIndicators.map((i) => i.note));
		expect(items.find((i) => i.title === 'Kontinuitetsindex')!.note).toMatch(
			/^Finns inte i Kolada/
		);
	});

	test('the KPIs the source names are linked to their focus shift', async () => {
		const links = await rows<{ kolada_id: string; key: string }>(
			sql`select i.kolada_id, l.key from indicator_links l join indicators i on i.id = l.indicator_id
			where l.kind = 'focus_shift' order by l.key::focus_shift_key, i.kolada_id`
		);
		expect(links).toEqual([
			{ kolada_id: 'N79173', key: 'person' },
			{ kolada_id: 'N79179', key: 'person' },
			{ kolada_id: 'U21505', key: 'person' },
			{ kolada_id: 'U23521', key: 'person' },
			{ kolada_id: 'U71455', key: 'person' },
			{ kolada_id: 'N21702', key: 'co_creator' },
			{ kolada_id: 'N21704', key: 'co_creator' },
			{ kolada_id: 'U70447', key: 'co_creator' },
			{ kolada_id: 'U71456', key: 'co_creator' },
			{ kolada_id: 'U79133', key: 'co_creator' },
			{ kolada_id: 'N20402', key: 'proactive' },
			{ kolada_id: 'N70808', key: 'proactive' },
			{ kolada_id: 'U01402', key: 'proactive' },
			{ kolada_id: 'U01404', key: 'proactive' },
			{ kolada_id: 'U01405', key: 'proactive' },
			{ kolada_id: 'U01429', key: 'proactive' },
			{ kolada_id: 'U01760', key: 'proactive' },
			{ kolada_id: 'U20462', key: 'proactive' }
		]);
	});
});

describe('real values and population', () => {
	test('one measurement per row of the values file, per KPI, gender T, credited to Kolada', async () => {
		const expected = new Map<string, number>();
		for (const r of values) expected.set(r.kpi!, (expected.get(r.kpi!) ?? 0) + 1);
		const counts = await rows<{ kolada_id: string; n: number; t: number; missing: number }>(
			sql`select i.kolada_id, count(*)::int n, count(*) filter (where m.gender = 'T')::int t,
				count(*) filter (where m.value is null)::int missing
			from measurements m join indicators i on i.id = m.indicator_id
			where m.source = 'Kolada' group by i.kolada_id order by i.kolada_id`
		);
		expect(counts.reduce((a, c) => a + c.n, 0)).toBe(values.length);
		expect(Object.fromEntries(counts.map((c) => [c.kolada_id, c.n]))).toEqual(
			Object.fromEntries([...expected.entries()].sort())
		);
		for (const c of counts) expect(c.t).toBe(c.n);
		expect(counts.reduce((a, c) => a + c.missing, 0)).toBe(
			values.filter((r) => r.value_total === '').length
		);
	});

	test('a value reads as in the file: N20402, Karlstad, 2022', async () => {
		const [m] = await rows(
			sql`select m.value, m.gender, m.source, m.count, m.status from measurements m join indicators i on i.id = m.indicator_id
			where i.kolada_id = 'N20402' and m.area_id = '1780' and m.period = 2022`
		);
		const source = values.find(
			(r) => r.kpi === 'N20402' && r.area_id === '1780' && r.year === '2022'
		);
		expect(m).toEqual({
			value: Number(source!.value_total),
			gender: 'T',
			source: 'Kolada',
			count: null,
			status: null
		});
	});

	test('population by age group and the projections, credited to SCB via Kolada', async () => {
		const [r] = await rows<{ n: number }>(
			sql`select count(*)::int n from measurements where source = 'SCB via Kolada'`
		);
		expect(r!.n).toBe(
			population.length * Object.keys(POPULATION_COLUMNS).length + projection.length
		);
		const karlstad = population.find((p) => p.area_id === '1780' && p.year === '2022')!;
		const groups = await rows<{ kolada_id: string; value: number }>(
			sql`select i.kolada_id, m.value from measurements m join indicators i on i.id = m.indicator_id
			where m.area_id = '1780' and m.period = 2022 and m.source = 'SCB via Kolada'
			and i.kolada_id in ('N01951', 'N01919', 'N01955', 'N01956', 'N01957', 'N01938')
			order by i.kolada_id`
		);
		expect(Object.fromEntries(groups.map((g) => [g.kolada_id, g.value]))).toEqual({
			N01951: Number(karlstad.total),
			N01919: Number(karlstad.age_0_19),
			N01955: Number(karlstad.age_20_64),
			N01956: Number(karlstad.age_65_79),
			N01957: Number(karlstad.age_80_plus),
			N01938: Number(karlstad.age_65_plus)
		});
	});

	test('seeding again corrects a mapping an earlier version wrote (Kontinuitetsindex was N78113)', async () => {
		const item = sql`select indicator_id, note from follow_up_items where set_key = 'skr' and title = 'Kontinuitetsindex'`;
		const [before] = await database.db.execute(item);
		await database.db.execute(
			sql`update follow_up_items set note = 'Närmaste nyckeltal i Kolada',
				indicator_id = (select id from indicators where kolada_id = 'N78113')
			where set_key = 'skr' and title = 'Kontinuitetsindex'`
		);
		const result = await seedDatabase(database.db);
		expect(result.total).toBe(1);
		expect(await database.db.execute(item)).toEqual([before]);
		expect(before).toMatchObject({
			indicator_id: null,
			note: expect.stringMatching(/^Finns inte/)
		});
	});

	test('seeding again adds nothing and changes nothing', async () => {
		const snapshot = sql`select (select count(*) from indicators) i, (select count(*) from measurements) m,
			(select count(*) from follow_up_items) f, (select count(*) from indicator_links) l,
			(select max(imported_at) from measurements) t`;
		const before = await database.db.execute(snapshot);
		const result = await seedDatabase(database.db);
		expect(result.total).toBe(0);
		expect(await database.db.execute(snapshot)).toEqual(before);
	});
});
