import { describe, expect, test } from 'vitest';
import { baselineRateFromMeasurements, populationFromData } from './from-data.ts';

/** Made-up figures for two Värmland municipalities; not real data. */
const names = { '1780': 'Karlstad', '1715': 'Kil' };
const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('population from data', () => {
	test('the sum over the chosen municipalities, with the sum written out', () => {
		const result = populationFromData(
			[
				{ areaId: '1780', value: 9_000 },
				{ areaId: '1715', value: 1_500 },
				{ areaId: '1737', value: 2_000 }
			],
			['1780', '1715'],
			{ group: '80 år och äldre', year: 2022, source: 'SCB via Kolada (N01957)', names }
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value).toMatchObject({
			likely: 10_500,
			source: 'SCB via Kolada (N01957)',
			period: '2022'
		});
		expect(plain(result.value.derivation)).toBe(
			'Personer 80 år och äldre den 31 december 2022: Karlstad 9 000 + Kil 1 500 = 10 500.'
		);
	});

	test('a municipality without data is named', () => {
		const result = populationFromData([{ areaId: '1780', value: 9_000 }], ['1780', '1715'], {
			group: '80 år och äldre',
			year: 2022,
			source: 'SCB via Kolada'
		});
		expect(result).toEqual({ ok: false, message: 'Befolkningsdata saknas för 1715 år 2022.' });
		expect(
			populationFromData([{ areaId: '1780', value: 9_000 }], ['1780', '1715'], {
				group: '80 år och äldre',
				year: 2022,
				source: 'SCB via Kolada',
				names
			})
		).toEqual({ ok: false, message: 'Befolkningsdata saknas för Kil år 2022.' });
	});
});

describe('baseline rate from an indicator', () => {
	test('one municipality: the value per 100 000 as a rate per person', () => {
		const result = baselineRateFromMeasurements(
			[{ areaId: '1780', value: 5_000 }],
			[{ areaId: '1780', value: 9_000 }],
			['1780'],
			{ source: 'Kolada N20402', period: '2022', per: 100_000 }
		);
		expect(result.ok && result.value.likely).toBe(0.05);
		expect(result.ok && plain(result.value.derivation)).toBe(
			'5 000 per 100 000 ÷ 100 000 = 0,05 per person och år.'
		);
	});

	test('several municipalities: weighted by the target group’s population', () => {
		// (5 000 × 9 000 + 8 000 × 1 000) / 10 000 = 5 300 per 100 000 → 0.053
		const result = baselineRateFromMeasurements(
			[
				{ areaId: '1780', value: 5_000 },
				{ areaId: '1715', value: 8_000 }
			],
			[
				{ areaId: '1780', value: 9_000 },
				{ areaId: '1715', value: 1_000 }
			],
			['1780', '1715'],
			{ source: 'Kolada N20402', period: '2022', per: 100_000, names }
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.likely).toBeCloseTo(0.053, 12);
		expect(plain(result.value.derivation)).toBe(
			'Befolkningsvägt medelvärde: (5 000 × 9 000 + 8 000 × 1 000) ÷ 10 000 = 5 300 per 100 000 (Karlstad, Kil); ÷ 100 000 = 0,053 per person och år.'
		);
	});

	test('a missing value is named, never read as zero', () => {
		expect(
			baselineRateFromMeasurements(
				[{ areaId: '1780', value: null }],
				[{ areaId: '1780', value: 9_000 }],
				['1780'],
				{ source: 'Kolada N20402', period: '2022', per: 100_000 }
			)
		).toEqual({ ok: false, message: 'Mätvärde saknas för 1780 (Kolada N20402, 2022).' });
		expect(
			baselineRateFromMeasurements(
				[{ areaId: '1780', value: 5_000 }],
				[{ areaId: '1715', value: 1_000 }],
				['1780', '1715'],
				{ source: 'Kolada N20402', period: '2022', per: 100_000, names }
			)
		).toEqual({ ok: false, message: 'Mätvärde saknas för Kil (Kolada N20402, 2022).' });
	});
});
