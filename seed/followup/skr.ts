import type { FocusShiftKey } from '../types.ts';

/**
 * SKR's national indicators for the transition to nära vård, grouped by the
 * four focus shifts: Nära's default follow-up set. Taken from
 * `shared/data/evidence/skr-indicators.md` (SKR's infographic "Indikatorer
 * Nära vård", 2023); see PROVENANCE.md next to this file.
 *
 * An indicator is mapped to a Kolada KPI only where that file names one as
 * close to it; every other one has no data source yet. The fourth group
 * (coordinated care) has only the row that was legible in the copy we had:
 * the missing rows are not invented.
 */

export const SKR_SET_KEY = 'skr';
export const SKR_SOURCE = 'SKR, infografiken "Indikatorer Nära vård" (2023)';
export const NO_DATA_SOURCE = 'Ingen datakälla ännu';

export interface SkrIndicator {
	focusShiftKey: FocusShiftKey;
	/** SKR's name of the indicator */
	title: string;
	/** the Kolada KPI that the evidence names as close to it */
	koladaId?: string;
	/** how the Kolada KPI differs from SKR's indicator (shown with it) */
	note?: string;
}

export const skrIndicators: SkrIndicator[] = [
	// organisation → person and relation
	{ focusShiftKey: 'person', title: 'Upplevd trygghet i äldreomsorgen' },
	{
		focusShiftKey: 'person',
		title: 'Kontinuitetsindex',
		koladaId: 'N78113',
		note: 'Närmaste nyckeltal i Kolada: patientupplevd kontinuitet vid hälso- och vårdcentral (Nationell patientenkät). Det är inte samma mått som SKR:s kontinuitetsindex. Se även U71455 (t.o.m. 2024).'
	},
	{ focusShiftKey: 'person', title: 'Tillgänglighet' },
	{
		focusShiftKey: 'person',
		title: 'Kontinuitetsindex på SÄBO (läkarkontinuitet för personer på särskilt boende)'
	},
	// passive recipient → active co-creator
	{ focusShiftKey: 'co_creator', title: 'Förtroende för hälso- och sjukvården' },
	{
		focusShiftKey: 'co_creator',
		title: 'Påverkbar slutenvård vid kronisk sjukdom per 100 000',
		koladaId: 'U79133'
	},
	{ focusShiftKey: 'co_creator', title: 'Patientupplevelse av information och kunskap' },
	{
		focusShiftKey: 'co_creator',
		title: 'Behov av hemtjänst (personer 65+ med beslut om hemtjänst)',
		koladaId: 'N21704',
		note: 'Närmaste nyckeltal i Kolada: andelen invånare 80+ med hemtjänst i ordinärt boende. SKR:s indikator avser antalet personer 65+ med beslut om hemtjänst.'
	},
	// reactive → proactive and health-promoting
	{ focusShiftKey: 'proactive', title: 'Självskattad hälsa i befolkningen' },
	{
		focusShiftKey: 'proactive',
		title: 'Fallskador per 100 000 invånare 65 år och äldre',
		koladaId: 'U20462',
		note: 'Se även N20402 (fallskador bland personer 80+).'
	},
	{ focusShiftKey: 'proactive', title: 'Övervikt och fetma i befolkningen (BMI > 25)' },
	{ focusShiftKey: 'proactive', title: 'Vårdtillfällen per 100 000 invånare' },
	// isolated → coordinated from the person's focus (only this row was legible)
	{ focusShiftKey: 'coordination', title: 'Fast vårdkontakt' }
];

/**
 * Further Kolada KPIs that the evidence names as close to SKR's indicators
 * of a focus shift, without being one of its rows: they are linked to the
 * focus shift, so they show up when following it.
 */
export const skrRelatedKpis: { koladaId: string; focusShiftKey: FocusShiftKey }[] = [
	{ koladaId: 'U71455', focusShiftKey: 'person' }, // kontinuitet
	{ koladaId: 'N20402', focusShiftKey: 'proactive' }, // fallskador 80+
	{ koladaId: 'U01402', focusShiftKey: 'proactive' }, // levnadsvanor: daglig rökning
	{ koladaId: 'U01404', focusShiftKey: 'proactive' }, // levnadsvanor: riskabla alkoholvanor
	{ koladaId: 'U01429', focusShiftKey: 'proactive' } // levnadsvanor: fysisk aktivitet
];
