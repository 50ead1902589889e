import { OVERVIEW } from './overview.ts';
import type { SeedInitiative } from './types.ts';

/** The case study of 002 that tells of the four northern regions' model areas. */
export const RURAL_CASE_STUDY = 'Region Västernorrland – Fallstudie: Nära vård i glesbygd';

export const RURAL_FUNDING = {
	year: 2019,
	fundingSource: 'Regeringen',
	amountSek: null,
	note: 'Medel som stöd för att utveckla en god och nära vård i gles- och landsbygdsområden; beloppet anges inte i källan.'
};

/**
 * A model area for god och nära vård in rural areas, for the regions the
 * case study names without saying where their model area is (Norrbotten,
 * Jämtland Härjedalen). Västerbotten's (södra Lappland) and Västernorrland's
 * (Sollefteå and Kramfors) are in their own files with what the text says.
 */
export function ruralModelArea(countyCode: string, region: string): SeedInitiative {
	return {
		countyCode,
		title: 'Modellområde för god och nära vård i gles- och landsbygd',
		description: `Under 2019 fick Region Västernorrland tillsammans med Region Västerbotten, Region Norrbotten och Region Jämtland Härjedalen medel av regeringen som stöd för att utveckla en god och nära vård i gles- och landsbygdsområden. Syftet är att utveckla modellområden där regioner och kommuner, inklusive privata aktörer och civilsamhället, gemensamt kan testa arbetssätt för omställningen. Varje region driver utvecklingsarbete inom sitt modellområde men samordnar och samarbetar kring frågor som metod och koncept för medborgardialog och folkhälsa i glesbygd. Var ${region}s modellområde ligger anges inte i källan.`,
		lead: region,
		partners: [],
		otherPartners: [],
		municipalities: [],
		level: 'subregional',
		phase: 'pilot',
		goalAreas: [],
		developmentAreas: ['bridging'],
		focusShifts: [],
		funding: [RURAL_FUNDING],
		source: OVERVIEW,
		sourceLocator: RURAL_CASE_STUDY
	};
}
