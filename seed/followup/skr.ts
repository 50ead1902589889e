import type { FocusShiftKey } from '../types.ts';

/**
 * SKR's national indicators for the transition to nära vård, grouped by the
 * four focus shifts: Nära's default follow-up set. Taken from
 * `shared/data/evidence/skr-indicators.md` (SKR's infographic "Indikatorer
 * Nära vård", 2023); see PROVENANCE.md next to this file.
 *
 * Each indicator is mapped to the Kolada KPI that measures it where the KPI
 * catalogue (kolada_kpi_catalogue_v3_2026-03.csv) has one, with a note on how
 * the KPI's definition differs from SKR's; where the catalogue has none, the
 * note says which source would measure it, and the indicator has no data.
 * The fourth group (coordinated care) has only the row that was legible in
 * the copy we had: the missing rows are not invented.
 */

export const SKR_SET_KEY = 'skr';
export const SKR_SOURCE = 'SKR, infografiken "Indikatorer Nära vård" (2023)';

export interface SkrIndicator {
	focusShiftKey: FocusShiftKey;
	/** SKR's name of the indicator */
	title: string;
	/** the Kolada KPI that measures it, when the catalogue has one */
	koladaId?: string;
	/**
	 * shown with the indicator: how the Kolada KPI differs from SKR's
	 * indicator (and from SKR's published figure), or, without a KPI, which
	 * source would measure it
	 */
	note: string;
}

export const skrIndicators: SkrIndicator[] = [
	// organisation → person and relation
	{
		focusShiftKey: 'person',
		title: 'Upplevd trygghet i äldreomsorgen',
		koladaId: 'U21505',
		note: 'Kolada: andelen personer 65+ med hemtjänst som känner sig mycket eller ganska trygga (Socialstyrelsens undersökning av äldres uppfattning), per kommun. SKR anger inte om siffran avser hemtjänst eller särskilt boende; för särskilt boende, se U23521.'
	},
	{
		focusShiftKey: 'person',
		title: 'Kontinuitetsindex',
		note: 'Finns inte i Kolada. Ett kontinuitetsindex räknas ur uppgifter om vilka läkare patienterna har besökt, som finns i regionens vårdregister; därifrån, eller från SKR, skulle värdena komma. Koladas N78113 mäter något annat: enligt sin beskrivning hur patienten upplevde besöket och förtroendet för läkaren (Nationell patientenkät). U71455 (t.o.m. 2024) är patientupplevd kontinuitet och koordinering, inte ett index över besök.'
	},
	{
		focusShiftKey: 'person',
		title: 'Tillgänglighet',
		koladaId: 'N79173',
		note: 'Kolada: andelen medicinska bedömningar i primärvården inom tre dagar (vårdgarantin), årsvärde. SKR:s siffror avser april månad, och vår kopia av infografiken säger inte vilket mått i vårdgarantin de bygger på. Se även N79179 (samtal besvarade samma dag).'
	},
	{
		focusShiftKey: 'person',
		title: 'Kontinuitetsindex på SÄBO (läkarkontinuitet för personer på särskilt boende)',
		note: 'Finns inte i Kolada. Läkarkontinuitet för personer på särskilt boende räknas ur regionens besöksregister tillsammans med kommunens uppgifter om vem som bor på särskilt boende; regionen och kommunerna skulle kunna ta fram det tillsammans.'
	},
	// passive recipient → active co-creator
	{
		focusShiftKey: 'co_creator',
		title: 'Förtroende för hälso- och sjukvården',
		koladaId: 'U70447',
		note: 'Kolada: andelen invånare med stort eller mycket stort förtroende för sjukvården i sin helhet (Hälso- och sjukvårdsbarometern), per region. Samma fråga som SKR:s indikator.'
	},
	{
		focusShiftKey: 'co_creator',
		title: 'Påverkbar slutenvård vid kronisk sjukdom per 100 000',
		koladaId: 'U79133',
		note: 'Kolada: vårdtillfällen i sluten vård för kroniska sjukdomar där god öppen vård kan förebygga inläggning, per 100 000 invånare, per region. SKR:s 556 för 2020 är Koladas värde för riket (556,5); för 2010 anger SKR 887, men Kolada har 862,7 för riket 2010.'
	},
	{
		focusShiftKey: 'co_creator',
		title: 'Patientupplevelse av information och kunskap',
		koladaId: 'U71456',
		note: 'Kolada: Nationell patientenkät, primärvård, dimensionen information och kunskap som index (0–100), t.o.m. 2024. SKR redovisar andelen positiva svar (76 %), så talen går inte att jämföra direkt.'
	},
	{
		focusShiftKey: 'co_creator',
		title: 'Behov av hemtjänst (personer 65+ med beslut om hemtjänst)',
		koladaId: 'N21704',
		note: 'Kolada: andelen invånare 80+ med hemtjänst i ordinärt boende, per kommun. SKR:s indikator är antalet personer 65+ med beslut om hemtjänst (171 809 och 160 511 i riket); det antalet finns i Kolada som N21702 (hemtjänsttagare 65+ i ordinärt boende), men utan värden i Näras grunddata: hämta dem från Kolada för att följa SKR:s mått.'
	},
	// reactive → proactive and health-promoting
	{
		focusShiftKey: 'proactive',
		title: 'Självskattad hälsa i befolkningen',
		koladaId: 'U01405',
		note: 'Kolada: andelen som bedömer sitt hälsotillstånd som bra eller mycket bra (Folkhälsomyndighetens Hälsa på lika villkor, 16–84 år, medelvärde över fyra år; i Värmland och fyra andra län Liv & Hälsa, 18–84 år).'
	},
	{
		focusShiftKey: 'proactive',
		title: 'Fallskador per 100 000 invånare 65 år och äldre',
		koladaId: 'U20462',
		note: 'Kolada: slutenvårdstillfällen efter fallolycka per 100 000 invånare 65+, medelvärde över tre år. SKR:s infografik anger 5 518 per 100 000 för riket 2018, men Koladas U20462 ger 3 283 för riket 2018: SKR har räknat på ett annat sätt, som infografiken inte beskriver. Se även N20402 (fallskador bland personer 80+).'
	},
	{
		focusShiftKey: 'proactive',
		title: 'Övervikt och fetma i befolkningen (BMI > 25)',
		koladaId: 'U01760',
		note: 'Kolada: andelen med BMI 25 eller högre (Folkhälsomyndighetens nationella folkhälsoenkät, 16 år och äldre, medelvärde över fyra år). SKR skriver BMI > 25.'
	},
	{
		focusShiftKey: 'proactive',
		title: 'Vårdtillfällen per 100 000 invånare',
		koladaId: 'N70808',
		note: 'Kolada: vårdtillfällen i sluten vård för regionens invånare, var vården än gavs (konsumtionsperspektiv), per 100 000 invånare, per region. Vår kopia av SKR:s infografik säger inte vilket perspektiv SKR använder.'
	},
	// isolated → coordinated from the person's focus (only this row was legible)
	{
		focusShiftKey: 'coordination',
		title: 'Fast vårdkontakt',
		note: 'Finns inte i Kolada (där finns bara fast omsorgskontakt i hemtjänsten, N21497). Regionens egna uppgifter om vilka invånare som har en fast läkarkontakt i primärvården skulle ge det; Vårdanalys följer det nationella målet att 55 % ska ha en fast läkarkontakt.'
	}
];

/**
 * Further Kolada KPIs close to SKR's indicators of a focus shift, without
 * being one of its rows: they are linked to the focus shift, so they show up
 * when following it.
 */
export const skrRelatedKpis: { koladaId: string; focusShiftKey: FocusShiftKey }[] = [
	{ koladaId: 'U71455', focusShiftKey: 'person' }, // kontinuitet och koordinering (patientupplevd)
	{ koladaId: 'U23521', focusShiftKey: 'person' }, // trygghet på särskilt boende
	{ koladaId: 'N79179', focusShiftKey: 'person' }, // samtal besvarade samma dag
	{ koladaId: 'N21702', focusShiftKey: 'co_creator' }, // hemtjänsttagare 65+, antal
	{ koladaId: 'N20402', focusShiftKey: 'proactive' }, // fallskador 80+
	{ koladaId: 'U01402', focusShiftKey: 'proactive' }, // levnadsvanor: daglig rökning
	{ koladaId: 'U01404', focusShiftKey: 'proactive' }, // levnadsvanor: riskabla alkoholvanor
	{ koladaId: 'U01429', focusShiftKey: 'proactive' } // levnadsvanor: fysisk aktivitet
];
