/**
 * The national overview (002, 2020): each region's section has the same
 * five headings; `sections(region)` gives the locators used by the data
 * files, e.g. 'Region Blekinge – Exempel på prioriterade utvecklingsområden'.
 */
import type { SourceFile } from '../types.ts';
import { initiativesOf } from './types.ts';

export const OVERVIEW: SourceFile = '002_ab6905b18fea9e05.txt';

/**
 * `region` as the overview names it (its headings); `organisation` as the
 * region is named in Nära, when that differs (Region Kalmar län → Region Kalmar).
 */
export function overviewOf(countyCode: string, region: string, organisation = region) {
	const at = (heading: string) => `${region} – ${heading}`;
	return {
		add: initiativesOf(countyCode, organisation, OVERVIEW),
		direction: at('Inriktning, målbild och målområden'),
		organisation: at('Organisation för att styra och leda omställningsarbetet'),
		prioritised: at('Exempel på prioriterade utvecklingsområden'),
		collaboration: at('Samverkan mellan region och kommuner i omställningsarbetet'),
		joint: at('Exempel på gemensamma satsningar i samverkan mellan region och kommuner'),
		caseStudy: (title: string) => at(`Fallstudie: ${title}`)
	};
}
