import { overviewOf } from './overview.ts';
import { initiativesOf, type SeedInitiative } from './types.ts';

/**
 * Värmland: the region's prioritised development work and joint initiatives
 * in the national overview (002, 2020), and the county's joint work on its
 * vision and roadmap from the timeline (000) and the roadmap (001).
 */

const REGION = 'Region Värmland';
const o = overviewOf('17', REGION);
const timeline = initiativesOf('17', REGION, '000_f8bc95be08be1486.txt');
const roadmap = initiativesOf('17', REGION, '001_ae9703054a45fcdc.txt');

export const VARMLAND_MUNICIPALITIES = [
	'Arvika kommun',
	'Eda kommun',
	'Filipstads kommun',
	'Forshaga kommun',
	'Grums kommun',
	'Hagfors kommun',
	'Hammarö kommun',
	'Karlstads kommun',
	'Kils kommun',
	'Kristinehamns kommun',
	'Munkfors kommun',
	'Storfors kommun',
	'Sunne kommun',
	'Säffle kommun',
	'Torsby kommun',
	'Årjängs kommun'
];

export const varmland: SeedInitiative[] = [
	// ——— National overview (002), 2020 ———
	...o.add(o.direction, [
		{
			title: 'Revidering av utvecklingsplanen för framtida hälso- och sjukvård',
			description:
				'Region Värmland arbetar med omställningen inom Utvecklingsplan för framtida hälso- och sjukvård, som landstingsfullmäktige beslutade 2015 och som har ett perspektiv fram till 2030. Hälso- och sjukvårdsnämnden har beslutat om en revidering av utvecklingsplanen; arbetet påbörjades i slutet av 2019. Framåt ska hälso- och sjukvårdsledningen ansvara för och leda arbetet med utvecklingsplanen.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Bästa effektiva omhändertagandenivå (BEON) i öppenvården',
			description:
				'Utvecklingsarbete som drivits sedan 2016. Syftet är att förändra etablerade arbetssätt genom arbetsväxling så att fler kompetenser tar en framträdande roll i att möta framtidens vårdbehov.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'E-hälsa: 1177, journal via nätet, webbtidbokning och egen provtagning',
			description:
				'Utveckling och revidering av basutbud för 1177, journal via nätet, webbtidbokning, formulärtjänst för ohälsosamma levnadsvanor, Patientens egen provtagning (PEP) med mera.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Vårdlogistiklösning',
			description:
				'Pilot där patientens väg genom vården och mellan organisatoriska gränser presenteras digitalt. Vårdenheter inom slutenvård, primärvård och kommunal vård kan enkelt följa patienten och planera dess vård.',
			level: 'county',
			phase: 'pilot',
			developmentAreas: ['digital', 'bridging'],
			focusShifts: ['coordination']
		},
		{
			title: '1177 i egen regi',
			description:
				'2019 tog regionen över 1177 i egen regi. Utvecklingsuppdraget är att gå från hänvisning via vårdkoordinering till en väg in i vården för patienter utan fast vårdkontakt.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Mobila närsjukvårdsteam',
			description:
				'Vänder sig till individer med omfattande behov av vård och omsorg på slutenvårdsnivå; vården ges i hemmet av sjuksköterska och läkare gemensamt.',
			level: 'county',
			phase: 'running',
			goalAreas: ['sammansatta-behov', 'hemsjukvard']
		},
		{
			title: 'Geriatrisk vårdkedja',
			description:
				'Patienter med kroniska sjukdomar: pågående arbete med att ta fram en geriatrisk vårdkedja för att säkerställa en jämlik vård över hela länet. Uppdraget kommer att utgå från styrgruppen god och nära vård.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['aldre']
		},
		{
			title: 'Patientinvolvering',
			description:
				'Dialog med bland annat pensionärsråden samt breddning av initiativet med patient- och närståendeutbildning.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Operativ samverkan i geografiska ansvarsområden',
			description:
				'Den operativa samverkan mellan regionen och kommunerna i hälso- och sjukvårdsfrågor är sedan 2019 organiserad i geografiska ansvarsområden med utvecklingsledare som stöd.',
			level: 'subregional',
			phase: 'running',
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Patientsäkerhetskommitté',
			description:
				'Chefläkare och utvecklingsledare från regionen och MAR/MAS från kommunerna. Fokus på vårdens övergångar, med inkomna avvikelser som underlag för att utveckla gemensamt arbetssätt.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Mobil hemsjukvårdsläkare',
			description:
				'Sjuksköterska i hemsjukvård och mobil hemsjukvårdsläkare möter patienten gemensamt. Målgruppen är patienter som har komplexa behov av medicinsk vård och omsorg, där vården kräver en samverkan mellan kommun, primärvård och slutenvård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['hemsjukvard', 'sammansatta-behov'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Utskrivning från rättspsykiatrin',
			description:
				'Under 2019 startade en gemensam arbetsgrupp med uppdrag att ta fram en ny utskrivningsprocess för rättspsykiatrin.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['psykisk-halsa', 'trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Första linjen för barn och unga med psykisk ohälsa',
			description:
				'Tidig insats för att barn och unga inte ska utveckla svår psykisk ohälsa eller missbruk.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'psykisk-halsa'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		}
	]),

	// ——— The county's joint work: timeline (000) ———
	...timeline('Tidslinje – 2021: September–november, Workshopserie med olika målgrupper', [
		{
			title: 'Workshopserie om nära vård 2021',
			description:
				'Under 2021 arrangerades regionala och lokala workshops där över 500 medarbetare, chefer, ledare, politiker och värmlänningar deltog. Syftet var att öka kunskapen om och skapa engagemang kring nära vård. Den 19 november 2021 deltog ett 60-tal politiker, chefer och högre tjänstepersoner från Region Värmland och länets kommuner i den sista och avslutande workshopen för målbildsprocessen, där gruppen enades om att stå bakom en slutgiltig version av målbilden.',
			lead: null,
			level: 'county',
			phase: 'ended',
			endsOn: '2021-11-19'
		}
	]),
	...timeline('Tidslinje – 2021: Juni, Fokusvecka', [
		{
			title: 'Fokusvecka: Vad är viktigt för dig?',
			description:
				'En av två fokusveckor för att öka kunskapen om och skapa engagemang kring nära vård. Fokusveckan i juni 2021 handlade om frågan "Vad är viktigt för dig?".',
			lead: null,
			level: 'county',
			phase: 'ended',
			developmentAreas: ['person_centred'],
			focusShifts: ['person']
		}
	]),
	...timeline('Tidslinje – 2021–2022: målbildsarbetet och besluten om målbilden', [
		{
			title: 'Gemensam målbild för god och nära vård, hälsa och omsorg i Värmland',
			description:
				'Målbilden för nära vård i Värmland arbetades fram gemensamt av Värmlands kommuner och Region Värmland under 2021, med en samordningsgrupp med representanter från kommunerna och regionen som ledde målbildsprocessen från januari 2021. I januari 2022 presenterades förslaget för Värmlandsrådet, och mellan mars och juni 2022 beslutades målbilden i länets 16 kommuner och i Region Värmland. I juni 2022 hade samtliga kommuner och Region Värmland godkänt målbilden.',
			partners: VARMLAND_MUNICIPALITIES,
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		}
	]),
	...timeline('Tidslinje – 2022: Maj, Workshopar om arbetet framåt kring färdplan', [
		{
			title: 'Lokala workshops om färdplanen',
			description:
				'Under maj 2022 genomfördes lokala workshops runt om i länet i syfte att forma Värmlands gemensamma färdplan för utvecklingen av god och nära vård, hälsa och omsorg, som en uppföljning av workshoparna hösten 2021. Deltagarna möttes i dialoger kring en påbörjad färdplan: vad gör man redan idag och vad behöver hända för att gemensamt nå målbilden? Det som framkom låg till grund för länets gemensamma färdplan.',
			lead: null,
			level: 'local',
			phase: 'ended'
		}
	]),
	...timeline('Tidslinje – 2023', [
		{
			title: 'Dialogguide – stöd för dialog och reflektion på omställningsresan',
			description:
				'Dialogguiden hjälper, guidar och ger mer kunskap om vad omställningen till nära vård är och innebär för den enskilda medarbetaren och arbetsplatsen: mer om Värmlands målbild, ett test av hur mycket nära vård man redan arbetar med, inspiration från andra och verktyg för att arbeta med omställningen i den egna verksamheten.',
			lead: null,
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Utvecklingsprogram för länets systemledning',
			description:
				'Länets systemledning (direktörsberedningen) har påbörjat ett utvecklingsprogram för att utveckla förmågan att leda systemet som en helhet, följa upp och gemensamt reflektera över hur det går, för att proaktivt styra omställningen.',
			lead: null,
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...timeline(
		'Tidslinje – 2023: Mars, Nätverksmöte, och Hösten 2023, Arbete i processer mot målbilden',
		[
			{
				title: 'Länsgemensam process: Psykisk hälsa barn och unga',
				description:
					'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023. Från hösten 2023 sker arbetet i processer mot målbilden, lokalt, regionalt och länsövergripande, med hänsyn till färdplanens fyra utvecklingsområden.',
				lead: null,
				level: 'county',
				phase: 'running',
				goalAreas: ['barn-unga', 'psykisk-halsa']
			},
			{
				title: 'Länsgemensam process: Minskade förflyttningar',
				description:
					'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023. Från hösten 2023 sker arbetet i processer mot målbilden, lokalt, regionalt och länsövergripande, med hänsyn till färdplanens fyra utvecklingsområden.',
				lead: null,
				level: 'county',
				phase: 'running',
				goalAreas: ['trygg-hemgang']
			},
			{
				title: 'Länsgemensam process: Levnadsvanor',
				description:
					'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023. Från hösten 2023 sker arbetet i processer mot målbilden, lokalt, regionalt och länsövergripande, med hänsyn till färdplanens fyra utvecklingsområden.',
				lead: null,
				level: 'county',
				phase: 'running',
				goalAreas: ['levnadsvanor'],
				developmentAreas: ['proactive'],
				focusShifts: ['proactive']
			},
			{
				title: 'Länsgemensam process: Fallprevention',
				description:
					'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023. Från hösten 2023 sker arbetet i processer mot målbilden, lokalt, regionalt och länsövergripande, med hänsyn till färdplanens fyra utvecklingsområden.',
				lead: null,
				level: 'county',
				phase: 'running',
				goalAreas: ['fallprevention', 'aldre'],
				developmentAreas: ['proactive'],
				focusShifts: ['proactive']
			}
		]
	),
	...timeline('Tidslinje – 2024: Våren 2024', [
		{
			title: 'Gemensam plan för primärvård',
			description:
				'Våren 2024: uppstart av arbete och dialoger med företrädare för Värmlands kommuner och region, och med företrädare för invånare i länet, i befintliga nätverk.',
			lead: null,
			level: 'county',
			phase: 'planning',
			goalAreas: ['primarvard'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Nya verktyg och utbildningar för chefer och ledare',
			description:
				'Nya verktyg och utbildningar för chefer och ledare i omställningen till nära vård.',
			lead: null,
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),

	// ——— The county's joint work: the roadmap (001) ———
	...roadmap('Färdplan – Förord och Bakgrund', [
		{
			title: 'Länsgemensam färdplan för god och nära vård, hälsa och omsorg',
			description:
				'Färdplanen vägleder i hur Värmland tillsammans ska nå målbilden och hur länet ska utveckla strukturer för att leda, stödja och driva omställningen; den är inte en detaljerad handlingsplan. Målbilds- och färdplansprocessen har letts av en samordningsgrupp med ledande tjänstepersoner från regionen och kommunerna, i bred delaktighet med över 3 500 engagerade politiker, chefer, medarbetare och invånare. Färdplanen är godkänd av direktörsberedningen, som består av länets kommundirektörer, regiondirektören och andra direktörer i Region Värmland, och riktar sig till tjänstepersoner i ledande positioner i Värmlands kommuner och Region Värmland.',
			lead: null,
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Gemensam webbplats för omställningen',
			description:
				'Färdplanen kompletteras med en gemensam webbplats för omställningen med verktyg, statistik, filmer och presentationsmaterial. Där går de länsgemensamma processerna att följa, och där finns information om omställningen, länets målbild och färdplan, goda exempel, dialog- och workshopsmaterial samt material för att skapa invånardialog. Webbplatsen utvecklas kontinuerligt utifrån behov.',
			level: 'county',
			phase: 'running',
			links: [{ url: 'https://regionvarmland.se/naravard', title: 'Nära vård – Region Värmland' }]
		}
	]),
	...roadmap('Färdplan – Förutsättningar: Gemensam stödstruktur', [
		{
			title: 'Gemensam stödstruktur för omställningen',
			description:
				'Stödstrukturen ska bidra med ett helhetsperspektiv på omställningen, sprida goda resultat, skapa stabilitet över tid och bidra till utveckling, reflektion och lärande. Den ska erbjuda kontinuerliga utbildningar, metodkunskap och analyser som stöd för verksamheterna, och stödja samordningsgruppen för god och nära vård, hälsa och omsorg och de länsgemensamma processerna. Stödstrukturen finansieras av gemensamma stimulansmedel för god och nära vård och samordnas via Nya perspektiv.',
			lead: null,
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...roadmap(
		'Färdplan – Gemensam systemledning: Samordningsgruppen för god och nära vård, hälsa och omsorg',
		[
			{
				title: 'Sprida kunskap, verktyg och goda exempel om omställningen',
				description:
					'Samordningsgruppens fortsatta uppdrag är att tillsammans med den regionala stödstrukturen inspirera och stötta verksamheter i att accelerera arbetet mot Värmlands målbild: sprida kunskap om och engagemang för målbilden, färdplanen och omställningen; sprida kännedom om och utveckla verktyg och utbildningar för att omsätta färdplanen till verklighet; arbeta för spridning av och utbyte kring goda exempel i länet; samt följa upp och bevaka omställningen och relaterade aktiviteter.',
				lead: null,
				level: 'county',
				phase: 'running',
				goalAreas: ['ledning-styrning']
			}
		]
	)
];
