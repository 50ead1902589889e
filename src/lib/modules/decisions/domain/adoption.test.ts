import { describe, expect, test } from 'vitest';
import { adoptionOverview, type AdoptionOrganisation } from './adoption.ts';

const org = (id: number, name: string, kind = 'municipality'): AdoptionOrganisation => ({
	id,
	name,
	kind,
	scbCode: String(1700 + id)
});

describe('adoptionOverview', () => {
	const orgs = [
		org(1, 'Årjängs kommun'),
		org(2, 'Arvika kommun'),
		org(3, 'Region Värmland', 'region'),
		org(4, 'Eda kommun')
	];

	test('orders by date, then undecided organisations by Swedish name', () => {
		const o = adoptionOverview(orgs, [
			{ organisationId: 3, decidedOn: '2022-04-06', datePrecision: 'day', source: 's' },
			{ organisationId: 2, decidedOn: '2022-03-28', datePrecision: 'day', source: 's' }
		]);
		expect(o.rows.map((r) => r.organisation.name)).toEqual([
			'Arvika kommun',
			'Region Värmland',
			'Eda kommun',
			'Årjängs kommun'
		]);
		expect(o).toMatchObject({
			adopted: 2,
			total: 4,
			first: '2022-03-28',
			last: '2022-04-06',
			months: ['2022-03', '2022-04']
		});
		expect(o.rows[2]).toMatchObject({ decidedOn: null, month: null, datePrecision: null });
	});

	test('the earliest of several decisions counts', () => {
		const o = adoptionOverview(orgs.slice(0, 1), [
			{ organisationId: 1, decidedOn: '2022-05-01', datePrecision: 'day', source: 'b' },
			{ organisationId: 1, decidedOn: '2022-04-25', datePrecision: 'month', source: 'a' }
		]);
		expect(o.rows[0]).toMatchObject({
			decidedOn: '2022-04-25',
			datePrecision: 'month',
			source: 'a',
			month: '2022-04'
		});
	});

	test('no organisations, no decisions', () => {
		expect(adoptionOverview([], [])).toEqual({
			rows: [],
			adopted: 0,
			total: 0,
			months: [],
			first: null,
			last: null
		});
	});
});
