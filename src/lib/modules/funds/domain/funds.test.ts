import { describe, expect, test } from 'vitest';
import {
	defaultYear,
	isAgreementFunding,
	sumKronor,
	summariseFunds,
	type FundingRow
} from './funds.ts';

describe('which funding rows are the state agreement’s', () => {
	test.each([
		['Statliga stimulansmedel', true],
		['Stimulansmedel för god och nära vård', true],
		['STIMULANSMEDEL', true],
		['Statsbidrag (Socialstyrelsen)', true],
		['Överenskommelsen om god och nära vård', true],
		['överenskommelse 2024', true],
		['Regeringen', false],
		['Egen budget', false],
		['Samordningsförbundet', false],
		['EU-medel', false],
		['', false]
	])('%j → %s', (source, counted) => {
		expect(isAgreementFunding(source)).toBe(counted);
	});
});

describe('kronor are added exactly', () => {
	test.each([
		[[], 0],
		[[1, 2, 3], 6],
		[[1_500_000, 250_000], 1_750_000],
		[Array.from({ length: 50 }, () => 999_999_999_999), 49_999_999_999_950],
		[[Number.MAX_SAFE_INTEGER - 1, 1], Number.MAX_SAFE_INTEGER]
	])('%j → %d', (amounts, sum) => {
		expect(sumKronor(amounts)).toBe(sum);
	});

	test.each([[[0.1, 0.2]], [[-5]], [[Number.MAX_SAFE_INTEGER, 1]], [[Number.NaN]]])(
		'%j is refused, never rounded',
		(amounts) => {
			expect(() => sumKronor(amounts)).toThrow(RangeError);
		}
	);
});

const row = (over: Partial<FundingRow>): FundingRow => ({
	initiativeId: 1,
	title: 'Mobila team',
	leadOrganisationId: 10,
	leadOrganisation: 'Arvika kommun',
	developmentAreas: ['proactive'],
	changedOn: '2024-03-01',
	year: 2024,
	fundingSource: 'Statliga stimulansmedel',
	amountSek: 100_000,
	note: '',
	...over
});

describe('one year of the agreement’s funds, summed', () => {
	const rows: FundingRow[] = [
		row({}),
		row({ amountSek: 50_000, fundingSource: 'Stimulansmedel' }),
		row({ amountSek: 999, fundingSource: 'Egen budget' }),
		row({
			initiativeId: 2,
			title: 'Digitala besök',
			leadOrganisationId: 20,
			leadOrganisation: 'Region Värmland',
			developmentAreas: ['digital', 'proactive'],
			changedOn: '2024-05-02',
			amountSek: 300_000
		}),
		row({
			initiativeId: 3,
			title: 'Äldrelots',
			leadOrganisationId: 20,
			leadOrganisation: 'Region Värmland',
			developmentAreas: [],
			amountSek: null,
			note: 'Beloppet är inte beslutat'
		}),
		row({
			initiativeId: 4,
			title: 'Länsgemensam utbildning',
			leadOrganisationId: null,
			leadOrganisation: null,
			year: 2023,
			amountSek: 70_000
		})
	];

	test('the total counts known amounts and says how many are unknown', () => {
		const s = summariseFunds(rows, 2024);
		expect(s.total).toEqual({ amountSek: 450_000, initiatives: 3, rowsWithoutAmount: 1 });
		expect(s.years).toEqual([2024, 2023]);
		expect(s.lastChanged).toBe('2024-05-02');
	});

	test('per initiative: an unknown amount is null, never 0; other sources are left out', () => {
		const s = summariseFunds(rows, 2024);
		expect(
			s.initiatives.map((i) => [i.title, i.amountSek, i.rowsWithoutAmount, i.fundingSources])
		).toEqual([
			['Digitala besök', 300_000, 0, ['Statliga stimulansmedel']],
			['Mobila team', 150_000, 0, ['Statliga stimulansmedel', 'Stimulansmedel']],
			['Äldrelots', null, 1, ['Statliga stimulansmedel']]
		]);
	});

	test('per lead organisation, and per development area (an initiative counts in each it names)', () => {
		const s = summariseFunds(rows, 2024);
		expect(
			s.byOrganisation.map((o) => [o.name, o.amountSek, o.initiatives, o.rowsWithoutAmount])
		).toEqual([
			['Arvika kommun', 150_000, 1, 0],
			['Region Värmland', 300_000, 2, 1]
		]);
		expect(
			s.byDevelopmentArea.map((a) => [
				a.developmentArea,
				a.amountSek,
				a.initiatives,
				a.rowsWithoutAmount
			])
		).toEqual([
			['proactive', 450_000, 2, 0],
			['digital', 300_000, 1, 0],
			[null, null, 1, 1]
		]);
	});

	test('the rows without an amount are listed', () => {
		const s = summariseFunds(rows, 2024);
		expect(s.missing.map((m) => [m.title, m.note])).toEqual([
			['Äldrelots', 'Beloppet är inte beslutat']
		]);
	});

	test('a year without rows: nothing, and no figure is 0 for unknown', () => {
		const s = summariseFunds(rows, 2019);
		expect(s.total).toEqual({ amountSek: null, initiatives: 0, rowsWithoutAmount: 0 });
		expect(s.initiatives).toEqual([]);
		expect(s.lastChanged).toBeNull();
		const other = summariseFunds(rows, 2023);
		expect(other.byOrganisation).toEqual([
			{ organisationId: null, name: null, amountSek: 70_000, initiatives: 1, rowsWithoutAmount: 0 }
		]);
	});

	test.each([
		[[2024, 2021], 2024],
		[[], 2026]
	])('the default year of %j is %d', (years, year) => {
		expect(defaultYear(years, new Date('2026-12-07T12:00:00Z'))).toBe(year);
	});
});
