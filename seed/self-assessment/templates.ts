/**
 * Nära's starting templates of the Dialogguide, one per seeded county. They
 * are written for Nära – the county's own Dialogguide is not public (000) –
 * and every statement is derived from a passage of the county's vision or
 * roadmap, cited by file and quote (whitespace and broken words joined as
 * in seed-data.test.ts).
 */

export interface SeedDimension {
	key: string;
	kind: 'focus_shift' | 'development_area' | 'citizen_statement' | 'nara_concept';
	title: string;
	roadmapText: string;
	developmentArea: 'proactive' | 'person_centred' | 'bridging' | 'digital' | null;
	focusShift: 'person' | 'co_creator' | 'proactive' | 'coordination' | null;
	source: string;
	quote: string;
	statements: { text: string; source: string; quote: string }[];
}

export interface SeedTemplate {
	countyCode: string;
	title: string;
	intro: string;
	source: string;
	dimensions: SeedDimension[];
}

const ROADMAP = '001_ae9703054a45fcdc.txt';
const DALARNA = '003_d73e8bd60805b56a.txt';
const SHIFTS =
	'Fokus på organisation • Isolerade vård- och omsorgsinsatser • Invånare och patienter som passiva mottagare • Reaktiva insatser Från • Fokus på person och relation • Samordning utifrån personens fokus • Invånare och patienter som är aktiva medskapare • Proaktivt och hälsofrämjande arbete';

export const varmlandTemplate: SeedTemplate = {
	countyCode: '17',
	title: 'Testa hur nära du jobbar – Värmland',
	intro:
		'Påståendena bygger på Värmlands målbild och färdplan: de fyra fokusförflyttningarna och de fyra utvecklingsområdena.',
	source: ROADMAP,
	dimensions: [
		{
			key: 'person',
			kind: 'focus_shift',
			title: 'Från organisation till person och relation',
			roadmapText: 'Från fokus på organisation till fokus på person och relation.',
			developmentArea: null,
			focusShift: 'person',
			source: ROADMAP,
			quote: SHIFTS,
			statements: [
				{
					text: 'Vi utgår från personens behov, inte från hur vår organisation är uppbyggd.',
					source: ROADMAP,
					quote: 'Fokus på person och relation'
				},
				{
					text: 'Personerna vi möter har ett kontinuerligt, personligt och tillitsfullt stöd från oss.',
					source: ROADMAP,
					quote: '”Jag har ett kontinuerligt, personligt och tillitsfullt stöd”'
				}
			]
		},
		{
			key: 'co_creator',
			kind: 'focus_shift',
			title: 'Från passiv mottagare till aktiv medskapare',
			roadmapText:
				'Från invånare och patienter som passiva mottagare till invånare och patienter som är aktiva medskapare.',
			developmentArea: null,
			focusShift: 'co_creator',
			source: ROADMAP,
			quote: SHIFTS,
			statements: [
				{
					text: 'Vi frågar ”Vad är viktigt för dig?” och låter svaret styra det vi gör.',
					source: ROADMAP,
					quote:
						'”När vi började ställa frågan Vad är viktigt för dig? fick vi helt andra svar än vi förväntat oss.”'
				},
				{
					text: 'Invånare och anhöriga är med när vi utvecklar vår verksamhet.',
					source: ROADMAP,
					quote:
						'Olika former av kontinuerlig invånardialog och invånarmedverkan är ett sätt att skapa förutsättning för delaktighet och aktivt medskapande.'
				}
			]
		},
		{
			key: 'proactive_shift',
			kind: 'focus_shift',
			title: 'Från reaktivt till proaktivt och hälsofrämjande',
			roadmapText: 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete.',
			developmentArea: null,
			focusShift: 'proactive',
			source: ROADMAP,
			quote: SHIFTS,
			statements: [
				{
					text: 'Vi sätter in stöd tidigt, innan behoven har hunnit bli stora.',
					source: ROADMAP,
					quote:
						'Det proaktiva arbetet handlar också om att analysera hur vi genom tidiga insatser till invånare och anhöriga kan minska behovet av vård, stöd och omsorg.'
				},
				{
					text: 'Vi frågar om levnadsvanor och stöder personer till hälsosamma vanor.',
					source: ROADMAP,
					quote:
						'oftare fråga om levnadsvanor och att medarbetare ges förutsättningar att stödja invånare till hälsosamma levnadsvanor'
				}
			]
		},
		{
			key: 'coordination',
			kind: 'focus_shift',
			title: 'Från isolerade insatser till samordning kring personen',
			roadmapText:
				'Från isolerade vård- och omsorgsinsatser till samordning utifrån personens fokus.',
			developmentArea: null,
			focusShift: 'coordination',
			source: ROADMAP,
			quote: SHIFTS,
			statements: [
				{
					text: 'Personen eller de anhöriga behöver inte själva samordna insatserna mellan oss och andra.',
					source: ROADMAP,
					quote:
						'När insatser inte samordnas läggs en stor del av den samordnande rollen på den enskilde eller anhöriga.'
				},
				{
					text: 'Vi planerar insatser tillsammans med dem som ger personen annan vård och omsorg.',
					source: ROADMAP,
					quote: 'Samordning utifrån personens fokus'
				}
			]
		},
		{
			key: 'proactive',
			kind: 'development_area',
			title: 'Proaktivt, hälsofrämjande och förebyggande arbete',
			roadmapText:
				'För att förbättra hälsan i befolkningen och samtidigt använda välfärdens resurser effektivt, behöver hela välfärden fokusera mer på hälsofrämjande, förebyggande och proaktivt arbete.',
			developmentArea: 'proactive',
			focusShift: null,
			source: ROADMAP,
			quote:
				'För att förbättra hälsan i befolkningen och samtidigt använda välfärdens resurser effektivt, behöver hela välfärden fokusera mer på hälsofrämjande, förebyggande och proaktivt arbete.',
			statements: [
				{
					text: 'Hälsofrämjande och förebyggande arbete är en självklar del av vårt uppdrag.',
					source: ROADMAP,
					quote:
						'Hälsofrämjande och sjukdomsförebyggande arbete är uppdrag för både Region Värmland och kommunerna.'
				},
				{
					text: 'Vi arbetar med att förebygga fall hos äldre som bor hemma.',
					source: ROADMAP,
					quote:
						'Fallpreventiva åtgärder till äldre som bor hemma är kostnadsbesparande för både regioner och kommuner och det arbetet behöver stärkas i länet.'
				}
			]
		},
		{
			key: 'person_centred',
			kind: 'development_area',
			title: 'Personcentrerat förhållningssätt',
			roadmapText:
				'För att stärka det personcentrerade förhållningssättet behöver vi utgå från individens behov och resurser. Det ger ökade möjligheter till inflytande och möjlighet att ta ansvar för sin egen hälsa.',
			developmentArea: 'person_centred',
			focusShift: null,
			source: ROADMAP,
			quote:
				'För att stärka det personcentrerade förhållningssättet behöver vi utgå från individens behov och resurser.',
			statements: [
				{
					text: 'Vi fattar beslut om stöd och behandling tillsammans med personen.',
					source: ROADMAP,
					quote:
						'ta gemensamma beslut om inriktning för stöd och behandling tillsammans med individen'
				},
				{
					text: 'Det är enkelt för personerna vi möter att få kontakt med oss.',
					source: ROADMAP,
					quote: 'Vi behöver skapa enkla kontaktvägar'
				}
			]
		},
		{
			key: 'bridging',
			kind: 'development_area',
			title: 'Överbrygga gränser och samordna resurser',
			roadmapText:
				'En av de viktigaste framgångsfaktorerna i omställningen är därför att stärka samverkan mellan regionen och kommunerna. För att göra det krävs att alla ser sig själva som en del av ett större hälsosystem.',
			developmentArea: 'bridging',
			focusShift: null,
			source: ROADMAP,
			quote:
				'En av de viktigaste framgångsfaktorerna i omställningen är därför att stärka samverkan mellan regionen och kommunerna.',
			statements: [
				{
					text: 'Vi ser oss som en del av ett större hälsosystem, inte bara vår egen verksamhet.',
					source: ROADMAP,
					quote:
						'För att göra det krävs att alla ser sig själva som en del av ett större hälsosystem.'
				},
				{
					text: 'Det är lätt för oss att få kontakt med våra samverkansparter.',
					source: ROADMAP,
					quote: 'Det behöver vara lätt att få kontakt med samverkanspartners.'
				}
			]
		},
		{
			key: 'digital',
			kind: 'development_area',
			title: 'Digitala lösningar och välfärdsteknik',
			roadmapText:
				'För invånaren ger ökad digitalisering stora möjligheter till individuellt anpassat stöd, enklare kommunikationsvägar och möjlighet till ökad kontroll över sin hälsa och livssituation.',
			developmentArea: 'digital',
			focusShift: null,
			source: ROADMAP,
			quote:
				'För invånaren ger ökad digitalisering stora möjligheter till individuellt anpassat stöd, enklare kommunikationsvägar och möjlighet till ökad kontroll över sin hälsa och livssituation.',
			statements: [
				{
					text: 'Vi erbjuder digitala kontaktvägar och digitalt stöd till dem som vill.',
					source: ROADMAP,
					quote:
						'De invånare som kan och vill bidra mer i sin vård, hälsa eller stöd ska kunna göra det på det sätt som de önskar.'
				},
				{
					text: 'Vi delar erfarenheter av digitala lösningar och välfärdsteknik med andra verksamheter.',
					source: ROADMAP,
					quote:
						'behöver vi dela erfarenheter och kunskap mellan olika verksamheter och med invånare'
				}
			]
		}
	]
};

export const dalarnaTemplate: SeedTemplate = {
	countyCode: '20',
	title: 'Testa hur nära du jobbar – Dalarna',
	intro:
		'Påståendena bygger på de fem Nära-begreppen i Dalarnas första förslag till målbild (delrapporten 2021).',
	source: DALARNA,
	dimensions: [
		{
			key: 'nara-for-mig',
			kind: 'nara_concept',
			title: 'Nära för mig',
			roadmapText:
				'Delaktig utifrån mina egna förmågor och behov. Blir bemött med respekt och tilltro.',
			developmentArea: 'person_centred',
			focusShift: null,
			source: DALARNA,
			quote:
				'Nära för mig o Delaktig utifrån mina egna förmågor och behov o Blir bemött med respekt och tilltro',
			statements: [
				{
					text: 'Personerna vi möter är delaktiga utifrån sina egna förmågor och behov.',
					source: DALARNA,
					quote: 'Delaktig utifrån mina egna förmågor och behov'
				},
				{
					text: 'Vi bemöter alla med respekt och tilltro.',
					source: DALARNA,
					quote: 'Blir bemött med respekt och tilltro'
				}
			]
		},
		{
			key: 'nara-for-alla',
			kind: 'nara_concept',
			title: 'Nära för alla',
			roadmapText:
				'En tillgänglig vård som är jämställd och jämlik – för barn och unga, för dig mitt i livet och för dig som är äldre.',
			developmentArea: null,
			focusShift: null,
			source: DALARNA,
			quote:
				'En tillgänglig vård som är jämställd och jämlik – för barn och unga, för dig mitt i livet och för dig som är äldre',
			statements: [
				{
					text: 'Vår verksamhet är lika tillgänglig för alla, oavsett ålder.',
					source: DALARNA,
					quote: 'för barn och unga, för dig mitt i livet och för dig som är äldre'
				},
				{
					text: 'Vi följer upp att vårt stöd är jämställt och jämlikt.',
					source: DALARNA,
					quote: 'En tillgänglig vård som är jämställd och jämlik'
				}
			]
		},
		{
			key: 'nara-i-hela-dalarna',
			kind: 'nara_concept',
			title: 'Nära i hela Dalarna',
			roadmapText:
				'Oavsett var du bor i länet ska du få tillgång till likvärdig, individanpassad vård och stöd – geografiskt eller via digitala lösningar.',
			developmentArea: 'digital',
			focusShift: null,
			source: DALARNA,
			quote:
				'Oavsett var du bor i länet ska du få tillgång till likvärdig, individanpassad vård och stöd o Geografiskt eller via digitala lösningar',
			statements: [
				{
					text: 'Den som bor långt från oss får lika bra stöd som den som bor nära.',
					source: DALARNA,
					quote:
						'Oavsett var du bor i länet ska du få tillgång till likvärdig, individanpassad vård och stöd'
				},
				{
					text: 'Vi använder digitala lösningar för att komma närmare dem vi finns till för.',
					source: DALARNA,
					quote: 'Geografiskt eller via digitala lösningar'
				}
			]
		},
		{
			key: 'nara-mellan-oss',
			kind: 'nara_concept',
			title: 'Nära mellan oss',
			roadmapText:
				'Med tillit och prestigelöshet arbetar vi inom och mellan oss på ett gränsöverskridande och relationsskapande sätt.',
			developmentArea: 'bridging',
			focusShift: null,
			source: DALARNA,
			quote:
				'Med tillit och prestigelöshet arbetar vi inom och mellan oss på ett gränsöverskridande och relationsskapande sätt.',
			statements: [
				{
					text: 'Vi samarbetar med andra verksamheter med tillit och utan prestige.',
					source: DALARNA,
					quote: 'Med tillit och prestigelöshet arbetar vi inom och mellan oss'
				},
				{
					text: 'Vi bygger relationer över gränserna mellan kommun och region.',
					source: DALARNA,
					quote: 'på ett gränsöverskridande och relationsskapande sätt'
				}
			]
		},
		{
			key: 'nara-till-halsa',
			kind: 'nara_concept',
			title: 'Nära till hälsa',
			roadmapText:
				'Hälsofrämjande och förebyggande insatser utifrån var jag befinner mig i mitt liv.',
			developmentArea: 'proactive',
			focusShift: null,
			source: DALARNA,
			quote: 'Hälsofrämjande och förebyggande insatser utifrån var jag befinner mig i mitt liv.',
			statements: [
				{
					text: 'Hälsofrämjande och förebyggande insatser är en del av vårt vardagliga arbete.',
					source: DALARNA,
					quote: 'Hälsofrämjande och förebyggande insatser'
				},
				{
					text: 'Vi anpassar stödet efter var personen befinner sig i livet.',
					source: DALARNA,
					quote: 'utifrån var jag befinner mig i mitt liv'
				}
			]
		}
	]
};

export const seedTemplates: SeedTemplate[] = [varmlandTemplate, dalarnaTemplate];
