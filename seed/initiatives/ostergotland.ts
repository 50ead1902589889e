import { overviewOf } from './overview.ts';
import type { SeedInitiative, SeedInitiativeDraft } from './types.ts';

const o = overviewOf('05', 'Region Östergötland');

const MUNICIPALITIES = [
	'Boxholms kommun',
	'Finspångs kommun',
	'Kinda kommun',
	'Linköpings kommun',
	'Mjölby kommun',
	'Motala kommun',
	'Norrköpings kommun',
	'Söderköpings kommun',
	'Vadstena kommun',
	'Valdemarsviks kommun',
	'Ydre kommun',
	'Åtvidabergs kommun',
	'Ödeshögs kommun'
];

/** An aim of the strategic plan 2020–2022 under "Trygg och nära hälso- och sjukvård". */
const aim = (
	title: string,
	what: string,
	tags: Partial<SeedInitiativeDraft> = {}
): SeedInitiativeDraft => ({
	title,
	description: `I Strategisk plan med treårsbudget 2020–2022, som regionfullmäktige beslutade 2019, tydliggörs under rubriken Trygg och nära hälso- och sjukvård att regionen under treårsperioden ska ${what}.`,
	level: 'county',
	phase: 'planning',
	...tags
});

export const ostergotland: SeedInitiative[] = [
	...o.add(o.direction, [
		aim(
			'Vård utanför sjukhuset med mobila lösningar och digitala besök',
			'öka möjligheterna för patienter att få vård utanför sjukhuset med hjälp av mobila lösningar samt fler digitala besök och rådgivningar',
			{ developmentAreas: ['digital'] }
		),
		aim(
			'Förstärkta primärvårdscentrum och vårdcentrum i samråd med kommunerna',
			'förstärka primärvårdscentrum och utveckla vårdcentrum i samråd med kommunerna',
			{ goalAreas: ['primarvard'], developmentAreas: ['bridging'] }
		),
		aim(
			'Bättre tillgänglighet och fast vårdkontakt',
			'förbättra tillgängligheten så att fler patienter får vård inom rimlig tid och en fast vårdkontakt',
			{ focusShifts: ['person'] }
		),
		aim('Vårdcentralernas mobilitet', 'utveckla vårdcentralernas mobilitet', {
			goalAreas: ['primarvard']
		})
	]),
	...o.add(o.organisation, [
		{
			title: 'Utvecklingsledare för omställningen till nära vård',
			description:
				'För att stärka genomförandekraften i omställningen finns sedan 2019 två utvecklingsledare med uppgift att driva arbetet framåt. Ledningsgruppen för vård och omsorg (LGVO) är uppdragsgivare, och rekryteringen har skett i samverkan mellan regionen och länets kommuner.',
			lead: null,
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam workshop om en framtida målbild',
			description:
				'Våren 2019 hölls en gemensam workshop mellan Region Östergötland och länets kommuner där det diskuterades hur en framtida målbild skulle kunna se ut och vad som bör vara nästa steg.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Målbild, konkreta åtgärder och handlingsplan för nära vård i länet',
			description:
				'Ledningsgruppen för vård och omsorg (LGVO), som utgörs av samtliga kommuners social- och omsorgschefer och regionens produktionsenhetschefer, och dess styrgrupp för nära vård arbetar med att utveckla målbild och konkreta åtgärder. Arbetet innefattar att ta fram en handlingsplan på kort och lång sikt.',
			lead: null,
			partners: ['Region Östergötland', ...MUNICIPALITIES],
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	])
];
