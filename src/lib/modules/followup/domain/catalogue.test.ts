import { describe, expect, test } from 'vitest';
import {
	aggregationFromTitle,
	populationGroupFromTitle,
	titleUnit,
	unitFromTitle,
	type Aggregation,
	type PopulationGroup
} from './catalogue.ts';

// Real titles from the Kolada catalogue (seed/reference/kolada/).
describe('how a KPI is aggregated to the county, from its title', () => {
	test.each<[string, string, Aggregation, PopulationGroup]>([
		[
			'N20402',
			'Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv',
			'population_weighted',
			'80+'
		],
		[
			'U20462',
			'Fallskador bland personer 65+, 3-årsm, antal slutenvårdstillfällen /100 000 inv',
			'population_weighted',
			'65+'
		],
		[
			'N20410',
			'Fallskador bland personer 65-79, 3-årsm, antal vårdtillfällen/100 000 inv',
			'population_weighted',
			'65-79'
		],
		[
			'N21704',
			'Invånare 80+ med hemtjänst i ordinärt boende, andel (%)',
			'population_weighted',
			'80+'
		],
		['U01402', 'Invånare 16-84 år som röker dagligen, andel (%)', 'population_weighted', 'total'],
		['N21024', 'Kostnad hemtjänst äldreomsorg, kr/inv 80+', 'population_weighted', '80+'],
		['N21017', 'Nettokostnad hemtjänst äldreomsorg, kr/inv', 'population_weighted', 'total'],
		[
			'U79135',
			'Utskrivningsklara patienter på sjukhus 65+, antal vårddygn/1000 inv',
			'population_weighted',
			'65+'
		],
		[
			'N74900',
			'Invånare 0-24 år som vårdats i slutenvård med psykiatrisk diagnos, antal/100 000',
			'population_weighted',
			'total'
		],
		['N71807', 'Läkarbesök primärvård, antal/1000 inv', 'population_weighted', 'total'],
		[
			'U21516',
			'Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med namngiven fast personalkontakt, andel (%) (-2024)',
			'population_weighted',
			'total'
		],
		// the group's share of everyone is per the whole population
		['N01813', 'Invånare 80+, andel (%)', 'population_weighted', 'total'],
		['N01960', 'Invånare 65+, andel (%)', 'population_weighted', 'total'],
		['N01994', 'Invånare 0-19 år, andel (%)', 'population_weighted', 'total'],
		[
			'N02958',
			'Framskrivning, förväntad andel invånare 80+ år om 5 år, andel (%)',
			'population_weighted',
			'total'
		],
		['N01951', 'Invånare totalt, antal', 'sum', 'total'],
		['N01957', 'Invånare 80+, antal', 'sum', '80+'],
		['N01919', 'Invånare 0-19 år, antal', 'sum', '0-19'],
		['N01955', 'Invånare 20-64 år, antal', 'sum', '20-64'],
		['N01956', 'Invånare 65-79 år, antal', 'sum', '65-79'],
		['N20403', 'Medelvårdtid som utskrivningsklar, antal dagar', 'none', 'total'],
		[
			'N78113',
			'Patientupplevd kvalitet avseende kontinuitet, hälso- och vårdcentral, medelvärde',
			'none',
			'total'
		],
		['N21006', 'Kostnad hemtjänst äldreomsorg, kr/hemtjänsttagare', 'none', 'total'],
		['N21900', 'Huvudmannaskap hemsjukvård?, (Ja=1, Nej=0)', 'none', 'total'],
		[
			'U71455',
			'Patientupplevd kvalitet avseende kontinuitet och koordinering i primärvården, index (-2024)',
			'none',
			'total'
		]
	])('%s %s → %s, %s', (_, title, aggregation, group) => {
		expect(aggregationFromTitle(title)).toBe(aggregation);
		expect(populationGroupFromTitle(title)).toBe(group);
	});
});

describe('the unit in a Kolada title', () => {
	test.each([
		['Invånare 80+ med hemtjänst i ordinärt boende, andel (%)', 'andel (%)', 'andel (%)'],
		['Oplanerade återinskrivningar bland äldre, andel (%) (-2023)', 'andel (%)', 'andel (%)'],
		[
			'Påverkbar slutenvård vid kronisk sjukdom, antal/100 000 inv',
			'antal/100 000 inv',
			'antal/100 000 inv'
		],
		['Huvudmannaskap hemsjukvård?, (Ja=1, Nej=0)', '(Ja=1, Nej=0)', ''],
		['Ett nyckeltal utan enhet', '', '']
	])('%s', (title, unit, shown) => {
		expect(titleUnit(title)).toBe(unit);
		expect(unitFromTitle(title)).toBe(shown);
	});
});
