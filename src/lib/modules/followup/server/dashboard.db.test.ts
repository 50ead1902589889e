import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { testUser } from '../../../../../tests/kit/cast.ts';
import { anonymous } from '../../../core/actor.ts';
import { indicators, measurements } from '../tables.ts';
import {
	FollowUp,
	followUpBody,
	IndicatorDashboard,
	indicatorDashboardBody
} from './api-schemas.ts';
import {
	COUNTY_WHOLE_ONLY,
	FOCUS_SHIFTS,
	followUpOverview,
	indicatorDashboard
} from './dashboard.ts';
import { countyAggregate, setTarget } from './service.ts';

/**
 * The indicator dashboard and "Följ omställningen" on the seeded real values
 * (seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv), as the
 * pages and the API read them: one function each, so both show the same.
 */

const database = databaseForFile();

describe('indicatorDashboard', () => {
	test('N20402 for Värmland: 16 municipalities, the region and Riket, each with its source', async () => {
		const r = await indicatorDashboard(database.db, anonymous, '17', 'N20402', { map: false });
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const d = r.value;
		expect(d.county).toMatchObject({ code: '17', slug: 'varmland', regionId: '0017' });
		expect(d.series).toHaveLength(18);
		expect(d.series.slice(16).map((s) => [s.areaId, s.name, s.kind])).toEqual([
			['0017', 'Värmlands län (regionen)', 'region'],
			['0000', 'Riket', 'country']
		]);
		expect(d.latestPeriod).toBe(2022);
		const karlstad = d.series.find((s) => s.areaId === '1780')!;
		// N20402,1780,kommun,2021,7145.1 and 2022,7212.5
		expect(karlstad.values.slice(-2)).toEqual([7145.1, 7212.5]);
		expect(karlstad.source).toBe('Källa: Kolada');
		expect(d.references).toEqual([
			{ areaId: '0017', name: 'Värmlands län (regionen)', value: 6582.6, source: 'Källa: Kolada' },
			{ areaId: '0000', name: 'Riket', value: 5746, source: 'Källa: Kolada' }
		]);
		// one municipality has no value for 2022: 15 are ranked
		expect(d.ranking).toHaveLength(15);
		expect(d.ranking.find((x) => x.areaId === '1780')!.value).toBe(7212.5);
		expect(d.rankingSource).toBe('Källa: Kolada');
		expect(d.boundaries).toEqual([]);
		// only totals are seeded
		expect(d.gender).toBeNull();
	});

	test('the county aggregate is the one countyAggregate makes from the same values', async () => {
		const r = await indicatorDashboard(database.db, anonymous, '17', 'N20402');
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const direct = await countyAggregate(database.db, anonymous, 'N20402', '17', {
			from: '1990',
			to: '2100'
		});
		if (direct.kind !== 'ok') throw new Error(JSON.stringify(direct));
		expect(r.value.aggregateNote).toBeNull();
		expect(r.value.aggregate).toEqual({
			method: direct.value.method,
			population: direct.value.population,
			weightsFromTotal: direct.value.weightsFromTotal,
			series: direct.value.series,
			regionValues: direct.value.regionValues,
			change: direct.value.change,
			credit: direct.value.credit
		});
		const y2022 = r.value.aggregate!.series.find((p) => p.period === 2022)!;
		expect(y2022).toMatchObject({ gender: 'T', areas: 16, areasIncluded: 15 });
		// a rate weighted by the population comes close to Kolada's own figure for the region
		expect(Math.abs(y2022.value! - 6582.6) / 6582.6).toBeLessThan(0.02);
		// the map's boundaries come with the page, not without it
		expect(r.value.boundaries.length).toBe(16);
	});

	test('an index has no county aggregate, and says why', async () => {
		const r = await indicatorDashboard(database.db, anonymous, 'varmland', 'N78113', {
			map: false
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value.aggregate).toBeNull();
		expect(r.value.aggregateNote).toMatch(/^Nyckeltalet kan inte räknas ihop/);
	});

	test('women and men, and a target against its actual value, each with its source', async () => {
		const [n20402] = await database.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(sql`${indicators.koladaId} = 'N20402'`);
		await database.db.insert(measurements).values([
			{
				indicatorId: n20402!.id,
				areaId: '1780',
				period: 2022,
				gender: 'K',
				value: 7900.1,
				source: 'Kolada'
			},
			{
				indicatorId: n20402!.id,
				areaId: '1780',
				period: 2022,
				gender: 'M',
				value: 6400.2,
				source: 'Kolada'
			}
		]);
		const coordinator = await testUser(database.db, 'coordinator');
		const set = await setTarget(database.db, coordinator.actor, '17', {
			indicatorId: n20402!.id,
			areaId: '1780',
			period: 2022,
			value: '7 000',
			note: 'Handlingsplanen'
		});
		expect(set.kind).toBe('ok');
		const r = await indicatorDashboard(database.db, anonymous, '17', 'N20402', { map: false });
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value.gender).toMatchObject({ period: 2022, source: 'Källa: Kolada' });
		expect(r.value.gender!.rows.find((x) => x.areaId === '1780')).toEqual({
			areaId: '1780',
			name: 'Karlstad',
			K: 7900.1,
			M: 6400.2
		});
		expect(r.value.gender!.rows.find((x) => x.areaId === '1715')).toMatchObject({
			K: null,
			M: null
		});
		expect(r.value.targets).toEqual([
			{
				id: expect.any(Number),
				areaId: '1780',
				name: 'Karlstad',
				period: 2022,
				gender: 'T',
				target: 7000,
				actual: 7212.5,
				note: 'Handlingsplanen',
				visibility: 'public',
				revision: 1,
				targetSource: 'Mål: satt av Värmlands län i Nära',
				actualSource: 'Källa: Kolada',
				// fall injuries: lower is better, and 7 212,5 is above 7 000
				status: 'not_reached'
			}
		]);
		// the aggregate now has women and men too
		expect(new Set(r.value.aggregate!.series.map((p) => p.gender))).toEqual(
			new Set(['T', 'K', 'M'])
		);
		// and the API's answer is valid by its documented schema
		const body = IndicatorDashboard.parse(indicatorDashboardBody(r.value));
		expect(body.ranking).toMatchObject({ period: 2022, source: 'Källa: Kolada' });
		expect(body.countyAggregate!.values.length).toBe(r.value.aggregate!.series.length);
	});

	test('an unknown indicator or county is not found', async () => {
		expect((await indicatorDashboard(database.db, anonymous, '17', 'X99999')).kind).toBe(
			'not_found'
		);
		expect((await indicatorDashboard(database.db, anonymous, '99', 'N20402')).kind).toBe(
			'not_found'
		);
	});
});

describe('followUpOverview', () => {
	test('the four focus shifts with SKR’s indicators, the latest value, its five-year change and verdict', async () => {
		const r = await followUpOverview(database.db, anonymous, '17');
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value.groups.map((g) => g.title)).toEqual(FOCUS_SHIFTS.map((f) => f.title));
		const items = r.value.groups.flatMap((g) => g.items);
		const withFigure = items.filter((i) => i.figure);
		expect(withFigure.length).toBeGreaterThan(0);
		expect(items.some((i) => i.indicator === null)).toBe(true);
		for (const i of withFigure) {
			const f = i.figure!;
			expect(f.credit).toMatch(/Källa: /);
			expect(f.trend.at(-1)).toEqual({ period: f.latest.period, value: f.latest.value });
			if (f.change) {
				expect(f.change.toPeriod - f.change.fromPeriod).toBe(5);
				expect(f.change.toValue).toBe(f.latest.value);
			}
		}
		// U20462 (falls 65+): Kolada has the region's own value, U20462,0017,region,2022,4017.1
		const falls = withFigure.find((i) => i.indicator?.koladaId === 'U20462');
		expect(falls?.figure).toMatchObject({
			basis: 'region',
			latest: { period: 2022, value: 4017.1 },
			change: { fromPeriod: 2017, toPeriod: 2022 },
			credit: 'Källa: Kolada'
		});
		const body = FollowUp.parse(followUpBody(r.value));
		expect(body.focusShifts.map((f) => f.key)).toEqual([
			'person',
			'co_creator',
			'proactive',
			'coordination'
		]);
	});
});

describe('filters (municipalities, gender, years, from the address)', () => {
	const query = (q: string) => new URLSearchParams(q);

	test('two municipalities and six years: their rows, the years, no county as a whole, the map of the two', async () => {
		const r = await indicatorDashboard(database.db, anonymous, '17', 'N20402', {
			query: query('kommun=1784&kommun=1780&fran=2015&till=2020')
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const d = r.value;
		expect(d.series.map((s) => s.name)).toEqual([
			'Arvika',
			'Karlstad',
			'Värmlands län (regionen)',
			'Riket'
		]);
		expect(d.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
		expect(d.latestPeriod).toBe(2020);
		expect(d.ranking.map((x) => x.name).sort()).toEqual(['Arvika', 'Karlstad']);
		expect(d.aggregate).toBeNull();
		expect(d.aggregateNote).toBe(COUNTY_WHOLE_ONLY);
		expect(d.boundaries.map((b) => b.areaCode).sort()).toEqual(['1780', '1784']);
		expect(d.filter.description).toBe('Arvika och Karlstad; 2015–2020');
		expect(d.filter.errors).toEqual({});
	});

	test('a bad filter is named and left out; the page is the whole county', async () => {
		const r = await indicatorDashboard(database.db, anonymous, '17', 'N20402', {
			map: false,
			query: query('kommun=0180&kon=x')
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(Object.keys(r.value.filter.errors).sort()).toEqual(['gender', 'municipalities']);
		expect(r.value.series).toHaveLength(18);
	});

	test('the overview for one municipality shows its own values, for a range of years', async () => {
		const all = await followUpOverview(database.db, anonymous, '17');
		const one = await followUpOverview(
			database.db,
			anonymous,
			'17',
			query('kommun=1780&till=2020')
		);
		if (all.kind !== 'ok' || one.kind !== 'ok') throw new Error('overview');
		const figures = one.value.groups.flatMap((g) => g.items).flatMap((i) => (i.figure ? [i] : []));
		expect(figures.length).toBeGreaterThan(0);
		for (const i of figures) {
			expect(i.figure!.basis).toBe('municipality');
			expect(i.figure!.latest.period).toBeLessThanOrEqual(2020);
		}
		// Karlstad's own value, read directly
		const item = figures[0]!;
		const [row] = await database.db
			.select({ value: measurements.value })
			.from(measurements)
			.where(
				sql`${measurements.indicatorId} = ${item.indicator!.id} and ${measurements.areaId} = '1780' and ${measurements.gender} = 'T' and ${measurements.period} = ${item.figure!.latest.period}`
			);
		expect(item.figure!.latest.value).toBe(row!.value);
		expect(one.value.filter.search).toBe('kommun=1780&till=2020');
		expect(all.value.groups.flatMap((g) => g.items).some((i) => i.figure?.basis === 'region')).toBe(
			true
		);
	});
});
