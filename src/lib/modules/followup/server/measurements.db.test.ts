import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { anonymous } from '../../../core/actor.ts';
import { countyAggregate, getMeasurements } from './service.ts';

/** Reading the seeded real values, and the county figures made from them. */

const database = databaseForFile();

describe('measurements for indicator × areas × years × gender', () => {
	test('N20402 for Karlstad and Kil, 2020–2022, each with its source', async () => {
		const r = await getMeasurements(database.db, anonymous, 'N20402', {
			areas: '1780,1715',
			from: '2020',
			to: '2022'
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value.indicator).toMatchObject({ koladaId: 'N20402', credit: 'Källa: Kolada' });
		expect(r.value.rows.map((m) => [m.areaId, m.period, m.gender, m.value, m.source])).toEqual([
			['1715', 2020, 'T', 6039.1, 'Kolada'],
			['1715', 2021, 'T', 6428.3, 'Kolada'],
			['1715', 2022, 'T', 6395.3, 'Kolada'],
			['1780', 2020, 'T', 6996.1, 'Kolada'],
			['1780', 2021, 'T', 7145.1, 'Kolada'],
			['1780', 2022, 'T', 7212.5, 'Kolada']
		]);
		for (const m of r.value.rows) expect(m.importedAt).toBeInstanceOf(Date);
	});

	test('a bad selection is refused in Swedish', async () => {
		expect(
			await getMeasurements(database.db, anonymous, 'N20402', {
				areas: 'Karlstad',
				from: '2022',
				to: '2020'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Urvalet är ogiltigt.',
			fields: {
				'areas.0': [
					'Ange området som Kolada-id med fyra siffror, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
				],
				from: ['Första året får inte vara senare än sista året.']
			}
		});
	});
});

describe('county figures from the municipalities’ values', () => {
	test('U20462 (falls 65+, a rate): weighted by the 65+ population it matches Kolada’s own figure for Värmland', async () => {
		const r = await countyAggregate(database.db, anonymous, 'U20462', '17', {
			from: '2017',
			to: '2022'
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const v = r.value;
		expect(v).toMatchObject({
			method: 'population_weighted',
			population: { group: '65+', koladaId: 'N01938' },
			weightsFromTotal: false,
			county: { code: '17', regionId: '0017' }
		});
		expect(v.series.map((p) => p.period)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
		const y2022 = v.series.at(-1)!;
		expect(y2022).toMatchObject({
			gender: 'T',
			areas: 16,
			areasIncluded: 16,
			coverage: 1,
			leftOut: []
		});
		const kolada = v.regionValues.find((x) => x.period === 2022)!;
		expect(kolada).toMatchObject({ value: 4017.1, source: 'Kolada' });
		// Kolada's figure is the county's rate: the weighted mean is within 0.1 % of it
		expect(Math.abs(y2022.value! - kolada.value!) / kolada.value!).toBeLessThan(0.001);
		expect(v.change).toEqual([
			{
				gender: 'T',
				change: expect.objectContaining({ fromPeriod: 2017, toPeriod: 2022 }),
				verdict: 'worse'
			}
		]);
		expect(v.change[0]!.change!.change).toBeGreaterThan(0);
		expect(v.credit).toBe(
			'Bearbetning i Nära: kommunernas värden viktade med befolkningen (65+). Källa: Kolada; befolkning: SCB via Kolada.'
		);
	});

	test('a municipality without a value is left out, and the coverage says so', async () => {
		const r = await countyAggregate(database.db, anonymous, 'N20402', '17', {
			from: '2022',
			to: '2022'
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const [p] = r.value.series;
		expect(p).toMatchObject({ period: 2022, areas: 16, areasIncluded: 15 });
		expect(p!.leftOut).toHaveLength(1);
		expect(p!.leftOut[0]!.reason).toBe('missing_value');
		expect(p!.coverage).toBeGreaterThan(0.95);
		expect(p!.coverage).toBeLessThan(1);
	});

	test('the population itself (a count) is summed: Värmland’s 80+ in 2022', async () => {
		const r = await countyAggregate(database.db, anonymous, 'N01957', '17', {
			from: '2022',
			to: '2022'
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		const [p] = r.value.series;
		const region = r.value.regionValues[0]!;
		expect(r.value.method).toBe('sum');
		expect(region.source).toBe('SCB via Kolada');
		expect(p!.value).toBe(region.value);
	});

	test('an index cannot be made into a county figure', async () => {
		expect(await countyAggregate(database.db, anonymous, 'N78113', '17', {})).toMatchObject({
			kind: 'invalid',
			message:
				'Nyckeltalet kan inte räknas ihop till ett värde för länet (det är t.ex. ett index, ett medelvärde eller en kostnad per brukare).'
		});
	});
});
