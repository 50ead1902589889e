import type { SourceFile } from '../types.ts';

/**
 * The barriers raised in Värmland's workshops and dialogues, as the roadmap
 * (001) quotes them, each with its source (a test finds the quote in the
 * file). Raised by nobody (they come from a source), on a day the source
 * does not state (unknown), status "new": no source says more.
 */
export interface SeedBarrier {
	countyCode: string;
	title: string;
	/** the barrier as the source words it */
	quote: string;
	/** where it was met, as the source says */
	metWhere: string;
	kind:
		| 'laws_rules'
		| 'agreements_payment'
		| 'money_between_principals'
		| 'digital_systems'
		| 'ways_of_working'
		| 'other';
	source: SourceFile;
	/** the heading or caption the quote stands under, when it helps to find it */
	section: string;
}

const roadmapDocument = '001_ae9703054a45fcdc.txt';
const workshop = 'Citat från workshop';
const dialogues =
	'När personer från kommunala och regionala verksamheter samlas för att prata om vad som behöver hända lyfts hinder, både upplevda och reella.';

export const varmlandBarriers: SeedBarrier[] = [
	{
		countyCode: '17',
		title: 'Lagar som tolkas olika i olika verksamheter',
		quote: 'lagar som tolkas olika i olika verksamheter',
		metWhere: 'Dialoger i länet med kommunala och regionala verksamheter',
		kind: 'laws_rules',
		source: roadmapDocument,
		section: dialogues
	},
	{
		countyCode: '17',
		title: 'Rädsla för att förändra arbetssätt',
		quote: 'rädsla för att förändra arbetssätt',
		metWhere: 'Dialoger i länet med kommunala och regionala verksamheter',
		kind: 'ways_of_working',
		source: roadmapDocument,
		section: dialogues
	},
	{
		countyCode: '17',
		title: 'Inte samma digitala plattformar',
		quote:
			'När vi behöver samverka så har vi inte samma digitala plattformar, så vi kan ibland inte ens mötas digitalt.',
		metWhere: 'Workshop',
		kind: 'digital_systems',
		source: roadmapDocument,
		section: workshop
	},
	{
		countyCode: '17',
		title: 'Olika lag som spelar mot varandra',
		quote:
			'Just nu känns det som att man är i olika lag som spelar mot varandra inte med varandra.',
		metWhere: 'Workshop',
		kind: 'ways_of_working',
		source: roadmapDocument,
		section: workshop
	}
];
