import { Random } from '../src/lib/modules/benefit/domain/random.ts';
import { slugify } from '../src/lib/core/slug.ts';
import type {
	DevelopmentArea,
	FocusShift,
	GoalArea,
	Phase,
	WorkLevel
} from '../src/lib/core/vocabulary.ts';

/**
 * A seeded generator of initiatives for the `inventory-search` benchmark:
 * titles and descriptions in the words of the source documents (Värmland's
 * roadmap, 001, and the national overview of the regions' joint initiatives,
 * 002), tagged with the inventory's vocabulary, in the county's real
 * municipalities and led by its real organisations. Same seed and county,
 * same rows: it uses nothing but its own xoshiro128** stream (no clock, no
 * Math.random).
 *
 * Organisations are named by their SCB code (the region by the county code),
 * so the rows do not depend on the ids a database gave them; the loader maps
 * codes to ids.
 *
 * The data is made up. The words are real, the combinations are not: no row
 * describes an initiative that exists.
 */

export interface CountyOrganisations {
	/** e.g. "17" */
	code: string;
	/** e.g. "Värmland" (the short name, as in "i Värmland") */
	shortName: string;
	/** the county's name, e.g. "Värmlands län" */
	name: string;
	region: { code: string; name: string };
	/** the county's municipalities, in a fixed order (by code) */
	municipalities: { code: string; name: string; shortName: string }[];
}

export interface GeneratedInitiative {
	/** 1, 2, 3 … in generation order */
	id: number;
	title: string;
	description: string;
	/** SCB code of the lead organisation (the county code for the region), or null */
	leadCode: string | null;
	/** SCB codes of partner organisations of the county, never the lead */
	partnerCodes: string[];
	/** SCB codes of the municipalities it runs in (1–4) */
	municipalityCodes: string[];
	otherPartners: string[];
	level: WorkLevel;
	phase: Phase;
	startsOn: string | null;
	endsOn: string | null;
	goalAreas: GoalArea[];
	developmentAreas: DevelopmentArea[];
	focusShifts: FocusShift[];
	contactFunction: string;
	contactEmail: string;
	results: string;
	lessons: string;
	goodExample: boolean;
	visibility: 'public' | 'internal';
	/** ISO timestamp, or null when not archived */
	archivedAt: string | null;
	createdAt: string;
	updatedAt: string;
}

// ——— Vocabulary

interface Group {
	name: string;
	goals: GoalArea[];
}

/** Target groups, as the source documents name them. */
const GROUPS = {
	aldre: { name: 'äldre', goals: ['aldre'] },
	mestSjukaAldre: { name: 'de mest sjuka äldre', goals: ['aldre', 'sammansatta-behov'] },
	multisjuka: { name: 'multisjuka äldre', goals: ['aldre', 'sammansatta-behov'] },
	barnUnga: { name: 'barn och unga', goals: ['barn-unga'] },
	barnUngaPsykisk: {
		name: 'barn och unga med psykisk ohälsa',
		goals: ['barn-unga', 'psykisk-halsa']
	},
	ungaVuxna: { name: 'unga vuxna', goals: [] },
	psykisk: { name: 'personer med psykisk ohälsa', goals: ['psykisk-halsa'] },
	sammansatta: {
		name: 'personer med stora och sammansatta behov',
		goals: ['sammansatta-behov']
	},
	missbruk: { name: 'personer med missbruk och beroende', goals: ['missbruk-beroende'] },
	funktion: { name: 'personer med funktionsnedsättning', goals: ['funktionsnedsattning'] },
	kroniker: { name: 'invånare med kroniska sjukdomar', goals: ['primarvard'] },
	palliativ: { name: 'personer i livets slutskede', goals: ['palliativ-vard'] },
	demens: { name: 'personer med demenssjukdom', goals: ['aldre'] },
	narstaende: { name: 'närstående', goals: [] },
	glesbygd: { name: 'invånare i glesbygd', goals: [] },
	nyanlanda: { name: 'nyanlända', goals: ['levnadsvanor'] },
	medarbetare: { name: 'medarbetare i vård och omsorg', goals: ['kompetensforsorjning'] }
} satisfies Record<string, Group>;
type GroupKey = keyof typeof GROUPS;

interface Theme {
	/** title heads; the first is the most common */
	titles: string[];
	/** sentences about the work; {grupp} is the target group, {plats} the place */
	about: string[];
	goals: GoalArea[];
	dev: DevelopmentArea[];
	shifts: FocusShift[];
	groups: GroupKey[];
	/** a result only this kind of work reports */
	result?: string;
	/** how often, relative to the others */
	weight: number;
}

/**
 * The kinds of work in the inventory, from the regions' joint initiatives in
 * 002 and the roadmap's development areas in 001. Weights fall off roughly
 * as a power law, as in a real inventory: mobile teams and safe discharge are
 * everywhere, a mobile dental bus is rare.
 */
const THEMES: Theme[] = [
	{
		titles: ['Mobila team', 'Mobilt närvårdsteam', 'Utveckling av mobila team'],
		about: [
			'Ett mobilt team med sjuksköterska, undersköterska och läkare besöker {grupp} i hemmet.',
			'Teamet gör bedömningar och behandlar i hemmet i stället för att patienten åker till akutmottagningen.',
			'Mobila team i samverkan mellan regionens vårdcentraler och den kommunala hemsjukvården.'
		],
		goals: ['aldre', 'hemsjukvard', 'akut-prehospital'],
		dev: ['bridging', 'person_centred'],
		shifts: ['coordination', 'person'],
		groups: ['mestSjukaAldre', 'multisjuka', 'aldre', 'palliativ'],
		weight: 10
	},
	{
		titles: ['Trygg hemgång', 'Trygg och säker hemgång', 'Trygg hemgång efter sjukhusvistelse'],
		about: [
			'Efter utskrivning från sjukhus får {grupp} stöd i hemmet av ett hemgångsteam under de första veckorna.',
			'Hemtjänst, hemsjukvård och rehabilitering planerar insatserna tillsammans före hemgång.',
			'Målet är att minska förflyttningar mellan vårdformer och undvika återinläggningar.'
		],
		goals: ['trygg-hemgang', 'aldre', 'hemsjukvard'],
		dev: ['bridging'],
		shifts: ['coordination'],
		groups: ['aldre', 'multisjuka', 'mestSjukaAldre'],
		weight: 9
	},
	{
		titles: ['Samordnad individuell plan (SIP)', 'SIP i förebyggande syfte', 'SIP på distans'],
		about: [
			'En samordnad individuell plan upprättas tillsammans med personen när insatser behövs från både region och kommun.',
			'Gemensamma SIP-utbildningar för medarbetare i socialtjänst, skola, psykiatri och primärvård.',
			'SIP-möten hålls digitalt när det passar personen och de närstående.'
		],
		goals: ['sammansatta-behov', 'barn-unga', 'psykisk-halsa'],
		dev: ['person_centred', 'bridging'],
		shifts: ['coordination', 'co_creator'],
		groups: ['sammansatta', 'barnUngaPsykisk', 'psykisk', 'funktion', 'missbruk'],
		result: 'Fler personer har fått en samordnad individuell plan.',
		weight: 8
	},
	{
		titles: ['Fallprevention', 'Fallförebyggande träning', 'Förebygga fallskador hos äldre'],
		about: [
			'Fysioterapeuter och arbetsterapeuter erbjuder balansträning i grupp och i hemmet.',
			'Riskbedömning för fall görs vid hembesök och vid inskrivning i hemtjänsten.',
			'Fallskador hos äldre kostar mycket i lidande och pengar, och många kan förebyggas med träning.'
		],
		goals: ['fallprevention', 'aldre', 'rehabilitering'],
		dev: ['proactive'],
		shifts: ['proactive'],
		groups: ['aldre', 'multisjuka', 'demens'],
		result: 'Antalet fallskador som lett till sjukhusvård har minskat bland deltagarna.',
		weight: 7
	},
	{
		titles: ['Hälsosamtal', 'Riktade hälsosamtal', 'Hälsosamtal för 40-, 50- och 60-åringar'],
		about: [
			'Invånare i vissa åldrar bjuds in till ett hälsosamtal om levnadsvanor på vårdcentralen.',
			'Samtalet utgår från en hälsoundersökning och personens egna mål för sin hälsa.',
			'Hälsosamtalen kompletteras med stöd för att förändra levnadsvanor som tobak, alkohol, matvanor och fysisk aktivitet.'
		],
		goals: ['levnadsvanor', 'primarvard'],
		dev: ['proactive'],
		shifts: ['proactive', 'co_creator'],
		groups: ['ungaVuxna', 'kroniker', 'glesbygd', 'nyanlanda'],
		weight: 6
	},
	{
		titles: ['Läkarmedverkan i hemsjukvården', 'Mobil hemsjukvårdsläkare', 'Hemsjukvårdsteam'],
		about: [
			'Sjuksköterska i hemsjukvården och läkare från vårdcentralen möter patienten gemensamt i hemmet.',
			'Patienter i hemsjukvården och deras närstående får ökad kontinuitet och tillgång till läkare.',
			'Läkaren gör regelbundna hembesök och kan nås av hemsjukvårdens sjuksköterskor dygnet runt.'
		],
		goals: ['hemsjukvard', 'primarvard'],
		dev: ['bridging', 'person_centred'],
		shifts: ['coordination', 'person'],
		groups: ['mestSjukaAldre', 'multisjuka', 'palliativ', 'funktion'],
		weight: 6
	},
	{
		titles: ['Digitala vårdmöten', 'Digitala vårdbesök i primärvården', 'Vård på distans'],
		about: [
			'Invånare erbjuds digitala vårdbesök via 1177 med sin egen vårdcentral.',
			'Digitala vårdmöten gör det möjligt att möta {grupp} utan långa resor.',
			'Distanskontakter via video eller telefon ersätter en del fysiska besök.'
		],
		goals: ['primarvard'],
		dev: ['digital'],
		shifts: ['person'],
		groups: ['glesbygd', 'kroniker', 'ungaVuxna'],
		weight: 6
	},
	{
		titles: [
			'Samverkan vid utskrivning från slutenvård',
			'Samordnad vårdplanering',
			'Trygg utskrivning'
		],
		about: [
			'Region och kommuner har gemensamma rutiner för utskrivning enligt lagen om samverkan vid utskrivning från sluten hälso- och sjukvård.',
			'Samordnad vårdplanering sker digitalt och den fasta vårdkontakten kallar till planeringen.',
			'Samverkansdagar där medarbetare från sjukhus och kommun lär känna varandras verksamheter.'
		],
		goals: ['trygg-hemgang', 'sammansatta-behov'],
		dev: ['bridging', 'digital'],
		shifts: ['coordination'],
		groups: ['aldre', 'multisjuka', 'sammansatta'],
		result: 'Andelen återinläggningar inom 30 dagar har minskat.',
		weight: 5
	},
	{
		titles: [
			'Läkemedelsgenomgångar',
			'Fördjupade läkemedelsgenomgångar',
			'Säker läkemedelsanvändning'
		],
		about: [
			'Apotekare och läkare gör läkemedelsgenomgångar för {grupp} med många läkemedel.',
			'Läkemedelsgenomgången görs tillsammans med patienten och sjuksköterskan i hemsjukvården.',
			'Färre olämpliga läkemedel minskar risken för fall och förvirring.'
		],
		goals: ['lakemedel', 'aldre'],
		dev: ['proactive', 'person_centred'],
		shifts: ['proactive'],
		groups: ['multisjuka', 'aldre', 'demens'],
		result: 'Fler läkemedelsgenomgångar har gjorts i hemsjukvården.',
		weight: 4
	},
	{
		titles: [
			'Psykisk hälsa för barn och unga',
			'Första linjen för barn och unga',
			'Gemensam väg in för barn och unga'
		],
		about: [
			'En gemensam väg in för barn och unga med psykisk ohälsa, oavsett om det är elevhälsan, socialtjänsten eller vårdcentralen som möter dem först.',
			'Första linjens mottagning ger tidiga insatser vid lätt till måttlig psykisk ohälsa.',
			'Skolan, socialtjänsten och barn- och ungdomspsykiatrin arbetar tillsammans kring {grupp}.'
		],
		goals: ['barn-unga', 'psykisk-halsa'],
		dev: ['bridging', 'proactive'],
		shifts: ['coordination', 'proactive'],
		groups: ['barnUngaPsykisk', 'barnUnga'],
		weight: 5
	},
	{
		titles: ['Rehabilitering i hemmet', 'Hemrehabilitering', 'Rehabkedjan – jämlik rehabilitering'],
		about: [
			'Rehabilitering sker i hemmet med fysioterapeut och arbetsterapeut från kommunen.',
			'Region och kommun stärker samverkan i rehabiliteringskedjan så att ingen faller mellan stolarna.',
			'Vardagsrehabilitering där personalen i hemtjänsten stödjer personens egen träning.'
		],
		goals: ['rehabilitering', 'aldre'],
		dev: ['person_centred', 'bridging'],
		shifts: ['co_creator', 'coordination'],
		groups: ['aldre', 'funktion', 'kroniker'],
		weight: 4
	},
	{
		titles: ['Palliativ vård i hemmet', 'Palliativt team', 'Avancerad sjukvård i hemmet (ASIH)'],
		about: [
			'Ett palliativt team stödjer hemsjukvården så att {grupp} kan vårdas hemma.',
			'Avancerade sjukvårdsinsatser utförs dygnet runt i hemmet.',
			'Brytpunktssamtal och stöd till närstående ingår i arbetssättet.'
		],
		goals: ['palliativ-vard', 'hemsjukvard'],
		dev: ['person_centred', 'bridging'],
		shifts: ['person', 'coordination'],
		groups: ['palliativ', 'narstaende'],
		weight: 3
	},
	{
		titles: ['Hälsofrämjande arbete i skolan', 'Elevhälsa i samverkan', 'Familjecentral'],
		about: [
			'Familjecentralen samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst under ett tak.',
			'Elevhälsan och vårdcentralen arbetar tillsammans med levnadsvanor och tidiga insatser.',
			'Föräldrastöd erbjuds i grupp och digitalt.'
		],
		goals: ['barn-unga', 'levnadsvanor'],
		dev: ['proactive'],
		shifts: ['proactive'],
		groups: ['barnUnga', 'narstaende', 'nyanlanda'],
		weight: 3
	},
	{
		titles: ['Hemmonitorering', 'Digital egenmonitorering', 'Distansmonitorering'],
		about: [
			'Patienter med kronisk sjukdom mäter själva blodtryck, vikt eller syremättnad hemma och värdena skickas till vården.',
			'Egenmonitorering ger {grupp} större kontroll och färre besök på mottagningen.',
			'Sjuksköterskan följer mätvärdena digitalt och hör av sig när något avviker.'
		],
		goals: ['primarvard', 'hemsjukvard'],
		dev: ['digital', 'person_centred'],
		shifts: ['co_creator'],
		groups: ['kroniker', 'multisjuka'],
		weight: 3
	},
	{
		titles: ['Välfärdsteknik i hemtjänsten', 'Digitala trygghetslarm', 'Nattillsyn via kamera'],
		about: [
			'Digital nattillsyn och trygghetslarm ger {grupp} trygghet och ett självständigt liv i hemmet.',
			'Välfärdsteknik införs stegvis med utbildning för medarbetarna.',
			'Digitala nyckellås och läkemedelsautomater frigör tid i hemtjänsten.'
		],
		goals: ['aldre'],
		dev: ['digital'],
		shifts: ['person'],
		groups: ['aldre', 'demens', 'funktion'],
		weight: 3
	},
	{
		titles: [
			'Vård- och omsorgscollege',
			'Gemensam kompetensutveckling',
			'Kompetensförsörjning i nära vård'
		],
		about: [
			'Region och kommuner utbildar medarbetare tillsammans i personcentrerat förhållningssätt.',
			'Vård- och omsorgscollege samlar utbildningsanordnare och arbetsgivare kring kompetensförsörjningen.',
			'Gemensamma introduktionsprogram för nyanställda sjuksköterskor i region och kommun.'
		],
		goals: ['kompetensforsorjning'],
		dev: ['person_centred'],
		shifts: ['person'],
		groups: ['medarbetare'],
		weight: 3
	},
	{
		titles: ['Närvårdskoordinatorer', 'Samordningssköterska i primärvården', 'Fast vårdkontakt'],
		about: [
			'En närvårdskoordinator samordnar vården för {grupp} och är deras fasta vårdkontakt.',
			'Samordningssköterskan ser till att vårdcentral, sjukhus och kommun vet vem som gör vad.',
			'Patienter med många vårdkontakter identifieras och erbjuds en namngiven kontakt.'
		],
		goals: ['sammansatta-behov', 'primarvard'],
		dev: ['bridging', 'person_centred'],
		shifts: ['coordination', 'person'],
		groups: ['sammansatta', 'multisjuka', 'kroniker'],
		weight: 3
	},
	{
		titles: [
			'Förebyggande hembesök',
			'Uppsökande verksamhet för äldre',
			'Hälsosamtal för 75-åringar'
		],
		about: [
			'Alla som fyller 75 år erbjuds ett förebyggande hembesök av en sjuksköterska eller biståndshandläggare.',
			'Hembesöket tar upp fallrisk, läkemedel, nutrition och social gemenskap.',
			'Uppsökande verksamhet når {grupp} som inte har kontakt med vården i dag.'
		],
		goals: ['aldre', 'levnadsvanor', 'fallprevention'],
		dev: ['proactive'],
		shifts: ['proactive'],
		groups: ['aldre'],
		weight: 2
	},
	{
		titles: [
			'Mobila team inom psykiatrin',
			'Socialpsykiatriskt team',
			'Psykiatriskt omvårdnadsteam'
		],
		about: [
			'Ett team från psykiatrin och socialpsykiatrin möter {grupp} i hemmet.',
			'Teamet ger stöd i vardagen och samordnar insatser från region och kommun.',
			'Tidiga insatser minskar behovet av inläggning i heldygnsvård.'
		],
		goals: ['psykisk-halsa', 'sammansatta-behov'],
		dev: ['bridging', 'person_centred'],
		shifts: ['person', 'coordination'],
		groups: ['psykisk', 'sammansatta'],
		weight: 2
	},
	{
		titles: ['Integrerad missbruks- och beroendemottagning', 'Samsjuklighet – gemensam mottagning'],
		about: [
			'Beroendevården och socialtjänsten har en gemensam mottagning för {grupp}.',
			'Personer med samsjuklighet får behandling för både missbruk och psykisk ohälsa på ett ställe.',
			'Samverkan med polis och frivården ingår.'
		],
		goals: ['missbruk-beroende', 'psykisk-halsa'],
		dev: ['bridging'],
		shifts: ['coordination'],
		groups: ['missbruk', 'sammansatta'],
		weight: 2
	},
	{
		titles: ['Invånardialoger om nära vård', 'Brukarråd för nära vård', 'Patientkontrakt'],
		about: [
			'Invånare, patienter och närstående är med och utformar vården i dialoger och brukarråd.',
			'Ett utvecklingsråd med brukare, patienter och närstående följer arbetet med omställningen.',
			'Patientkontraktet samlar personens vårdplan, tider och fasta vårdkontakt på ett ställe.'
		],
		goals: ['ledning-styrning'],
		dev: ['person_centred'],
		shifts: ['co_creator', 'person'],
		groups: ['narstaende', 'kroniker'],
		weight: 2
	},
	{
		titles: [
			'Gemensam ledning för nära vård',
			'Länsgemensam ledningsstruktur',
			'Nyttokalkylering av flöden'
		],
		about: [
			'Region och kommuner leder omställningen tillsammans i en gemensam struktur.',
			'Nyttokalkyleringsmodellen används för att visa vad flöden över organisationsgränser kostar och ger.',
			'Gemensam uppföljning av länets färdplan med indikatorer från Kolada.'
		],
		goals: ['ledning-styrning'],
		dev: ['bridging'],
		shifts: ['coordination'],
		groups: ['medarbetare'],
		weight: 2
	},
	{
		titles: [
			'Fysisk aktivitet på recept (FaR)',
			'Levnadsvanemottagning',
			'Stöd till tobaksavvänjning'
		],
		about: [
			'Fysisk aktivitet på recept förskrivs av vårdcentralen och följs upp av en FaR-samordnare.',
			'Levnadsvanemottagningen ger stöd i grupp och enskilt.',
			'Föreningslivet erbjuder aktiviteter för {grupp} som fått FaR.'
		],
		goals: ['levnadsvanor'],
		dev: ['proactive'],
		shifts: ['proactive', 'co_creator'],
		groups: ['kroniker', 'ungaVuxna', 'nyanlanda'],
		weight: 2
	},
	{
		titles: ['Demensteam', 'Stöd till personer med demenssjukdom', 'Demensvård i samverkan'],
		about: [
			'Demensteamet gör utredningar och ger stöd till {grupp} och deras närstående.',
			'Kommunens demenssjuksköterska och vårdcentralen har gemensamma rutiner för uppföljning.',
			'Anhörigstöd och dagverksamhet ingår.'
		],
		goals: ['aldre'],
		dev: ['person_centred'],
		shifts: ['person'],
		groups: ['demens', 'narstaende'],
		weight: 2
	},
	{
		titles: ['Habilitering i samverkan', 'Hjälpmedel i vardagen', 'Stöd vid funktionsnedsättning'],
		about: [
			'Habiliteringen, skolan och kommunens LSS-verksamhet samordnar stödet kring {grupp}.',
			'Hjälpmedel provas ut i hemmet i stället för på mottagningen.',
			'En gemensam plan gör övergången från barn- till vuxenhabilitering tryggare.'
		],
		goals: ['funktionsnedsattning'],
		dev: ['bridging'],
		shifts: ['coordination'],
		groups: ['funktion'],
		weight: 1.5
	},
	{
		titles: [
			'Digital triagering',
			'Ambulanssjuksköterska bedömer i hemmet',
			'Alternativ till akutmottagningen'
		],
		about: [
			'Ambulanssjuksköterskan bedömer patienten på plats och kan hänvisa till vårdcentral eller hemsjukvård i stället för akutmottagningen.',
			'Digital triagering leder invånaren rätt från första kontakten.',
			'Färre onödiga transporter till sjukhus för {grupp}.'
		],
		goals: ['akut-prehospital'],
		dev: ['digital', 'bridging'],
		shifts: ['coordination'],
		groups: ['aldre', 'multisjuka'],
		weight: 1.5
	},
	{
		titles: ['Suicidprevention', 'Psykisk livräddning', 'Handlingsplan för psykisk hälsa'],
		about: [
			'Utbildning i psykisk livräddning för medarbetare i skola, socialtjänst och vård.',
			'En gemensam handlingsplan för psykisk hälsa och suicidprevention i länet.',
			'Uppmärksamma tidiga tecken på psykisk ohälsa hos {grupp}.'
		],
		goals: ['psykisk-halsa'],
		dev: ['proactive'],
		shifts: ['proactive'],
		groups: ['psykisk', 'ungaVuxna', 'barnUnga'],
		weight: 1.5
	},
	{
		titles: ['Barnahus', 'Stöd till barn som utsatts för våld'],
		about: [
			'Barn som misstänks vara utsatta för brott får stöd av polis, socialtjänst och barnläkare på ett ställe.',
			'Barnahuset samordnar utredning och stöd runt barnet.'
		],
		goals: ['barn-unga'],
		dev: ['bridging'],
		shifts: ['coordination'],
		groups: ['barnUnga'],
		weight: 1
	},
	{
		titles: ['Kulturunderstödd rehabilitering', 'Kultur på recept'],
		about: [
			'Kultur på recept vänder sig till invånare med lätt psykisk ohälsa eller långvarig smärta.',
			'Deltagarna träffas i grupp och tar del av kultur tillsammans med en kulturpedagog.'
		],
		goals: ['rehabilitering', 'psykisk-halsa'],
		dev: ['proactive'],
		shifts: ['co_creator'],
		groups: ['psykisk', 'kroniker'],
		weight: 0.6
	},
	{
		titles: ['Mobil tandvårdsbuss', 'Uppsökande tandvård'],
		about: [
			'En mobil tandvårdsbuss besöker särskilda boenden och orter långt från en tandvårdsklinik.',
			'Munhälsobedömningar görs i hemmet för {grupp}.'
		],
		goals: ['aldre', 'primarvard'],
		dev: ['proactive'],
		shifts: ['person'],
		groups: ['aldre', 'glesbygd'],
		weight: 0.25
	}
];

const AIMS = [
	'minska undvikbar slutenvård',
	'ge en sammanhållen vård och omsorg utifrån personens behov',
	'öka tryggheten för {grupp} och deras närstående',
	'minska antalet återinläggningar',
	'förebygga ohälsa innan den uppstår',
	'stärka personens egen förmåga och delaktighet',
	'använda länets gemensamma resurser bättre',
	'korta väntetiderna i första linjen',
	'göra vården mer tillgänglig för {grupp}',
	'minska förflyttningar mellan vårdformer'
];

const CONTEXT = [
	'Insatsen är en del av arbetet med färdplanen för god och nära vård.',
	'Arbetet utgår från den gemensamma målbilden för nära vård i länet.',
	'Insatsen finansieras delvis med statliga stimulansmedel för god och nära vård.',
	'Arbetssättet bygger på erfarenheter från en tidigare pilot.',
	'Invånare och brukarföreträdare har varit med och utformat arbetssättet.',
	'Uppföljning sker med länets gemensamma indikatorer.',
	'Vårdcentralen är navet och samverkar med kommunens hemtjänst och hemsjukvård.',
	'Arbetet följer den regionala överenskommelsen om hemsjukvård.',
	'Medarbetarna har utbildats i personcentrerat förhållningssätt.'
];

/** Mentioned in about one description in 500. */
const RARE = [
	'Inspiration har hämtats från Borgholmsmodellen.',
	'Arbetet har presenterats för Nätverket för välfärdsteknik.'
];

const PHASE_SENTENCE: Record<Phase, string[]> = {
	idea: [
		'Idén har tagits fram i en workshop med medarbetare från region och kommuner.',
		'Idén ska prövas mot behoven i länet innan ett beslut fattas.'
	],
	planning: [
		'Under planeringen kartläggs behov och befintliga resurser.',
		'En projektplan tas fram tillsammans med de berörda verksamheterna.'
	],
	pilot: [
		'En pilot pågår i {plats} och utvärderas efter ett år.',
		'Piloten omfattar ett begränsat antal patienter under det första året.'
	],
	scaling: [
		'Arbetssättet sprids nu till fler kommuner i länet.',
		'Efter en lyckad pilot breddinförs arbetssättet.'
	],
	running: [
		'Arbetssättet är infört i ordinarie verksamhet.',
		'Insatsen ingår sedan några år i den ordinarie driften.'
	],
	ended: [
		'Projektet är avslutat och erfarenheterna har sammanställts.',
		'Insatsen avslutades när projektmedlen tog slut.'
	]
};

const RESULTS = [
	'Antalet akuta inläggningar bland de inskrivna minskade under det första året.',
	'Deltagarna uppger i en enkät att de känner sig tryggare.',
	'Väntetiden till första bedömning har kortats.',
	'Medarbetarna beskriver en tydligare ansvarsfördelning mellan region och kommun.',
	'Fler invånare har fått en fast vårdkontakt.',
	'Besöken på akutmottagningen från särskilda boenden har blivit färre.'
];

const LESSONS = [
	'Gemensam ledning och tydliga överenskommelser är en förutsättning.',
	'Det tar tid att bygga förtroende mellan verksamheterna.',
	'Gemensam dokumentation underlättar samarbetet.',
	'Invånarens delaktighet behöver planeras in från början.',
	'Avsätt tid för kompetensutveckling innan arbetssättet införs.',
	'Bestäm uppföljningen innan start.',
	'Små kommuner behöver stöd för att kunna delta.'
];

/** Partners that are not organisations in Nära; national bodies and associations. */
const OTHER_PARTNERS = [
	'Försäkringskassan',
	'Arbetsförmedlingen',
	'Polismyndigheten',
	'PRO',
	'SPF Seniorerna',
	'Svenska kyrkan',
	'Röda korset',
	'Anhörigföreningen',
	'Lokala idrottsföreningar',
	'Studieförbund'
];

const CONTACT_UNITS = [
	'Nära vård-samordnare',
	'Utvecklingsenheten',
	'Kansliet för nära vård',
	'Vård- och omsorgsförvaltningen',
	'Socialförvaltningen',
	'Primärvårdsledningen'
];

/** Phases, how often (a living inventory: most work runs or is being tried out). */
const PHASE_WEIGHTS: [Phase, number][] = [
	['idea', 8],
	['planning', 14],
	['pilot', 20],
	['scaling', 12],
	['running', 32],
	['ended', 14]
];
const LEVEL_WEIGHTS: [WorkLevel, number][] = [
	['local', 50],
	['subregional', 30],
	['county', 20]
];
const DEVELOPMENT_AREA_KEYS: DevelopmentArea[] = [
	'proactive',
	'person_centred',
	'bridging',
	'digital'
];
const FOCUS_SHIFT_KEYS: FocusShift[] = ['person', 'co_creator', 'proactive', 'coordination'];

// ——— Random helpers on the one stream

class Draw {
	constructor(private rng: Random) {}
	/** an integer in [0, n) */
	int(n: number): number {
		return Math.floor(this.rng.uniform() * n);
	}
	/** an integer in [lo, hi] */
	between(lo: number, hi: number): number {
		return lo + this.int(hi - lo + 1);
	}
	chance(p: number): boolean {
		return this.rng.uniform() < p;
	}
	pick<T>(xs: readonly T[]): T {
		return xs[this.int(xs.length)]!;
	}
	weighted<T>(xs: readonly [T, number][]): T {
		const total = xs.reduce((s, [, w]) => s + w, 0);
		let u = this.rng.uniform() * total;
		for (const [x, w] of xs) {
			if ((u -= w) < 0) return x;
		}
		return xs[xs.length - 1]![0];
	}
	/** k distinct items, in the order drawn */
	sample<T>(xs: readonly T[], k: number): T[] {
		const pool = [...xs];
		const out: T[] = [];
		for (let i = 0; i < k && pool.length > 0; i++)
			out.push(pool.splice(this.int(pool.length), 1)[0]!);
		return out;
	}
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

function fill(text: string, group: string, place: string): string {
	return text.replaceAll('{grupp}', group).replaceAll('{plats}', place);
}

function list(names: string[]): string {
	return names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

/**
 * `count` initiatives of one county, from `seed`. The same arguments give
 * the same rows, in the same order, on every run.
 */
export function generateInitiatives(
	county: CountyOrganisations,
	count: number,
	seed: number
): GeneratedInitiative[] {
	if (county.municipalities.length === 0) throw new Error('a county without municipalities');
	const d = new Draw(new Random(seed));
	const themes: [Theme, number][] = THEMES.map((t) => [t, t.weight]);
	const municipalities = county.municipalities;
	const orgName = new Map<string, string>([
		[county.region.code, county.region.name],
		...municipalities.map((m) => [m.code, m.name] as [string, string])
	]);
	const orgShort = new Map<string, string>([
		[county.region.code, county.region.name],
		...municipalities.map((m) => [m.code, m.shortName] as [string, string])
	]);

	const rows: GeneratedInitiative[] = [];
	for (let i = 0; i < count; i++) {
		const theme = d.weighted(themes);
		const group: Group = GROUPS[d.pick(theme.groups)];
		const phase = d.weighted(PHASE_WEIGHTS);
		const level = d.weighted(LEVEL_WEIGHTS);

		// Where: local work in one municipality, shared work in two to four.
		const nMunicipalities =
			level === 'local' ? 1 : level === 'subregional' ? d.between(2, 4) : d.between(3, 4);
		const where = d.sample(municipalities, Math.min(nMunicipalities, municipalities.length));
		const municipalityCodes = where.map((m) => m.code);
		const place = level === 'county' ? county.shortName : list(where.map((m) => m.shortName));

		// Who leads: the region for most county-wide work, a municipality for most local work.
		const regionLeads = d.chance(level === 'county' ? 0.7 : level === 'subregional' ? 0.45 : 0.25);
		const leadCode = d.chance(0.04) ? null : regionLeads ? county.region.code : where[0]!.code;
		// Partners: mostly the region and the municipalities it runs in, now and then another.
		const near = unique([county.region.code, ...municipalityCodes]).filter((c) => c !== leadCode);
		const far = municipalities
			.map((m) => m.code)
			.filter((c) => !near.includes(c) && c !== leadCode);
		const nPartners = d.weighted<number>([
			[0, 30],
			[1, 35],
			[2, 20],
			[3, 15]
		]);
		const partnerCodes: string[] = [];
		for (let k = 0; k < nPartners; k++) {
			const pool = near.length > 0 && (far.length === 0 || d.chance(0.75)) ? near : far;
			if (pool.length === 0) break;
			partnerCodes.push(pool.splice(d.int(pool.length), 1)[0]!);
		}
		const otherPartners = d.chance(0.12) ? d.sample(OTHER_PARTNERS, d.between(1, 2)) : [];

		// The title: a head, sometimes the group, sometimes the place.
		let title = d.chance(0.7) ? theme.titles[0]! : d.pick(theme.titles);
		if (d.chance(0.45) && !title.includes(' för ')) title += ` för ${group.name}`;
		if (d.chance(0.5)) title += ` i ${place}`;
		if (phase === 'pilot' && d.chance(0.3)) title += ' – pilot';
		if (phase === 'idea' && d.chance(0.3)) title = `Förstudie: ${title}`;

		// The description: what, why, how and where it stands.
		const about = d.sample(theme.about, d.between(1, Math.min(2, theme.about.length)));
		const sentences = [
			...about.map((s) => fill(s, group.name, place)),
			fill(`Syftet är att ${d.pick(AIMS)}.`, group.name, place)
		];
		const leadName = leadCode === null ? null : orgName.get(leadCode)!;
		if (leadName && partnerCodes.length > 0 && d.chance(0.6)) {
			sentences.push(
				`Arbetet drivs av ${leadName} tillsammans med ${list(partnerCodes.map((c) => orgName.get(c)!))}.`
			);
		}
		if (d.chance(0.5)) sentences.push(d.pick(CONTEXT));
		sentences.push(fill(d.pick(PHASE_SENTENCE[phase]), group.name, place));
		if (d.chance(0.004)) sentences.push(d.pick(RARE));
		const description = sentences.join(' ');

		const hasResults =
			phase === 'running' || phase === 'scaling' || phase === 'ended'
				? d.chance(0.7)
				: phase === 'pilot' && d.chance(0.3);
		const results = hasResults
			? [
					...(theme.result && d.chance(0.5) ? [theme.result] : []),
					...d.sample(RESULTS, d.between(1, 2))
				].join(' ')
			: '';
		const lessons = hasResults && d.chance(0.6) ? d.sample(LESSONS, d.between(1, 2)).join(' ') : '';

		// Tags: the theme's, the group's, now and then one more.
		const goalAreas = unique([
			theme.goals[0]!,
			...theme.goals.slice(1).filter(() => d.chance(0.5)),
			...group.goals
		]).slice(0, 4);
		const developmentAreas = unique([
			...theme.dev.filter((_, k) => k === 0 || d.chance(0.6)),
			...(d.chance(0.25) ? [d.pick(DEVELOPMENT_AREA_KEYS)] : [])
		]);
		const focusShifts = d.chance(0.05)
			? []
			: unique([
					...theme.shifts.filter((_, k) => k === 0 || d.chance(0.5)),
					...(d.chance(0.2) ? [d.pick(FOCUS_SHIFT_KEYS)] : [])
				]);

		// When: started 2015–2026, ended ones ended by 2026, ideas often undated.
		let startsOn: string | null = null;
		let endsOn: string | null = null;
		if (phase === 'idea' || phase === 'planning') {
			if (d.chance(phase === 'idea' ? 0.3 : 0.6))
				startsOn = isoDate(at('2026-01-01') + d.int(540) * DAY);
		} else if (phase === 'ended') {
			const start = at('2015-01-01') + d.int(3650) * DAY;
			startsOn = isoDate(start);
			endsOn = isoDate(Math.min(start + d.between(180, 1460) * DAY, at('2026-10-31')));
		} else {
			const start = at('2016-01-01') + d.int(3900) * DAY;
			startsOn = isoDate(start);
			if (phase === 'pilot' && d.chance(0.6)) endsOn = isoDate(start + d.between(365, 730) * DAY);
		}

		const updated = at('2019-06-01') + d.int(2720 * 24 * 60) * 60_000;
		const created = Math.max(at('2019-01-01'), updated - d.int(900 * 24) * 3_600_000);
		const leadShort = leadCode === null ? county.region.name : orgShort.get(leadCode)!;
		const unit = d.pick(CONTACT_UNITS);

		rows.push({
			id: i + 1,
			title,
			description,
			leadCode,
			partnerCodes,
			municipalityCodes,
			otherPartners,
			level,
			phase,
			startsOn,
			endsOn,
			goalAreas,
			developmentAreas,
			focusShifts,
			contactFunction: `${unit}, ${leadCode === null ? county.region.name : orgName.get(leadCode)!}`,
			contactEmail: `${slugify(unit).replaceAll('-', '')}@${slugify(leadShort)}.example.se`,
			results,
			lessons,
			goodExample: (phase === 'running' || phase === 'scaling') && d.chance(0.08),
			visibility: d.chance(0.1) ? 'internal' : 'public',
			archivedAt: d.chance(0.02) ? new Date(updated + d.int(200) * DAY).toISOString() : null,
			createdAt: new Date(created).toISOString(),
			updatedAt: new Date(updated).toISOString()
		});
	}
	return rows;
}
