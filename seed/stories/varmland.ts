import type { FocusShift } from '../../src/lib/core/vocabulary.ts';

/**
 * The quotes Värmland's roadmap (001, Färdplan 2023) prints beside its text:
 * "Citat från invånare" and "Citat från workshop". They are seeded as
 * published stories whose consent is that they are quoted in a published
 * source (consent basis `published_source`), each with its source file.
 *
 * Nothing is added to what the source prints: the text is the quote as
 * printed (words broken at line ends joined again), the title a few of its
 * own words. The roadmap names no municipality for any quote, so each is placed
 * with the county's region, who published it; no quote names a kind of care
 * or an age, so they are "Annat" and no age band. Workshop quotes speak as
 * the services ("vi behöver samverka", "när vi började ställa frågan"): the
 * workshops gathered "politiker, chefer, medarbetare och invånare" (001), so
 * they are tagged as told by staff. The statements and focus shifts each
 * quote is tagged with follow the roadmap section it stands in.
 */

export interface SeedQuote {
	title: string;
	quote: string;
	/** the heading under the quote in the source */
	printedAs: 'Citat från invånare' | 'Citat från workshop';
	authorKind: 'citizen' | 'staff';
	/** titles of the citizen statements of the county's vision */
	statements: string[];
	shifts: FocusShift[];
	source: string;
}

const ROADMAP = '001_ae9703054a45fcdc.txt';

const S = {
	cocreator: 'Jag är en viktig och delaktig medskapare',
	respect: 'Vi bemöter varandra med respekt',
	needs: 'Vård och stöd utgår och samordnas från mina behov och resurser',
	continuity: 'Jag har ett kontinuerligt, personligt och tillitsfullt stöd',
	rightHelp: 'Jag får rätt hjälp och stöd i rätt tid'
} as const;

export const varmlandQuotes: SeedQuote[] = [
	{
		title: 'Mer hjälp att bli frisk än att inte bli sjuk',
		quote:
			'Det finns betydligt mer hjälp att få för att bli frisk än vad man kan få för att inte bli sjuk!',
		printedAs: 'Citat från invånare',
		authorKind: 'citizen',
		statements: [S.rightHelp],
		shifts: ['proactive'],
		source: ROADMAP
	},
	{
		title: 'Jag träffade 30 personer under två år',
		quote:
			'Jag träffade 30 personer under två år. Hade det varit samma person hade jag kunnat prata. Det handlar om tillit, en 15-åring kommer inte lita på 30 nya personer.',
		printedAs: 'Citat från invånare',
		authorKind: 'citizen',
		statements: [S.continuity],
		shifts: ['person'],
		source: ROADMAP
	},
	{
		title: 'Är det något annat du vill ha hjälp med?',
		quote:
			'När jag är där så frågar han alltid – är det något annat du vill ha hjälp med när du ändå är här? Det är det ingen annan som gör.',
		printedAs: 'Citat från invånare',
		authorKind: 'citizen',
		statements: [S.needs],
		shifts: ['person'],
		source: ROADMAP
	},
	{
		title: 'Någon att chatta med utan att bli dömd',
		quote:
			'Det skulle vara skönt om det finns någon att chatta med, dit man kan vända sig utan att bli dömd. Det skulle vara lättåtkomligt så att det inte blir jobbigt att ta kontakt.',
		printedAs: 'Citat från invånare',
		authorKind: 'citizen',
		statements: [S.rightHelp, S.respect],
		shifts: ['proactive'],
		source: ROADMAP
	},
	{
		title: 'Vi behöver börja redan med barnen',
		quote: 'Vi behöver börja mycket tidigare, vi behöver börja redan med barnen.',
		printedAs: 'Citat från workshop',
		authorKind: 'staff',
		statements: [S.rightHelp],
		shifts: ['proactive'],
		source: ROADMAP
	},
	{
		title: 'Helt andra svar än vi förväntat oss',
		quote:
			'När vi började ställa frågan Vad är viktigt för dig? fick vi helt andra svar än vi förväntat oss.',
		printedAs: 'Citat från workshop',
		authorKind: 'staff',
		statements: [S.cocreator, S.needs],
		shifts: ['person', 'co_creator'],
		source: ROADMAP
	},
	{
		title: 'Olika lag som spelar mot varandra',
		quote:
			'Just nu känns det som att man är i olika lag som spelar mot varandra inte med varandra.',
		printedAs: 'Citat från workshop',
		authorKind: 'staff',
		statements: [S.needs],
		shifts: ['coordination'],
		source: ROADMAP
	},
	{
		title: 'När vårdcentralen och skolan får mötas',
		quote:
			'Att skapa arenor blir viktigt. Det slår gnistor (på ett positiv sätt) när vårdcentralen och skolan får mötas.',
		printedAs: 'Citat från workshop',
		authorKind: 'staff',
		statements: [S.needs],
		shifts: ['coordination'],
		source: ROADMAP
	},
	{
		title: 'Inte samma digitala plattformar',
		quote:
			'När vi behöver samverka så har vi inte samma digitala plattformar, så vi kan ibland inte ens mötas digitalt.',
		printedAs: 'Citat från workshop',
		authorKind: 'staff',
		statements: [S.needs],
		shifts: ['coordination'],
		source: ROADMAP
	}
];
