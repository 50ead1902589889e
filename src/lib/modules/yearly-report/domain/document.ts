import { formatDate } from '../../../core/dates.ts';
import { countOf, swedishNumber } from '../../../core/numbers.ts';
import type { Narrative, YearlyReport } from '../schema.ts';
import {
	FRAME_SOURCE,
	REPORT_TITLE,
	SECTION_KEYS,
	SECTION_TITLES,
	type Section
} from './sections.ts';

/**
 * The yearly report as a document: four sections, each with the
 * coordinators' narrative and the generated parts (a heading, a sentence, a
 * table, its source and period). The page, the PDF and the DOCX are all
 * drawn from this one model, so they cannot say different things. Numbers
 * and dates in Swedish format; what is unknown says so. Pure.
 */

export interface Column {
	label: string;
	number?: boolean;
	/** the column's share of a printed page's width (all of a table's or none) */
	weight?: number;
}

export interface Part {
	/** the anchor on the page */
	id: string;
	heading: string;
	summary: string;
	columns: Column[];
	rows: string[][];
	/** the address of the first cell of each row, where there is one */
	links: (string | null)[];
	/** what the table says when it has no rows */
	empty: string;
	/** "Källa: …. Period: …." */
	note: string;
	/** a chart of the table is drawn beside it (the PDF, the page) */
	chart?: 'initiatives';
}

export interface DocumentSection {
	key: Section;
	title: string;
	narrative: Narrative;
	parts: Part[];
}

export interface ReportDocument {
	title: string;
	lead: string;
	frame: string;
	/** the day it was made, in words */
	date: string;
	sections: DocumentSection[];
}

const UNKNOWN = 'Uppgift saknas';
const date = (iso: string | null) => (iso ? formatDate(iso) : UNKNOWN);
const num = (v: number | null, unit = '') =>
	v === null ? UNKNOWN : `${swedishNumber(v)}${unit ? ` ${unit}` : ''}`;
const signed = (v: number) => `${v > 0 ? '+' : ''}${swedishNumber(v)}`;
const note = (source: string, period: string) => `Källa: ${source}. Period: ${period}.`;

export const TARGET_LABELS: Record<YearlyReport['progress']['targets'][number]['status'], string> =
	{
		reached: 'Nått',
		not_reached: 'Inte nått',
		no_actual: 'Uppgift saknas',
		no_direction: 'Går inte att bedöma (ingen riktning)',
		later: 'Mäts efter året'
	};

function part(p: Omit<Part, 'links'> & { links?: (string | null)[] }): Part {
	return { links: p.rows.map(() => null), ...p };
}

function indicatorTable(rows: YearlyReport['progress']['indicators'], focus: boolean) {
	return {
		columns: [
			{ label: 'Indikator' },
			...(focus ? [{ label: 'Förflyttning' }] : []),
			{ label: 'Värde', number: true },
			{ label: 'År', number: true },
			{ label: 'Förändring 5 år', number: true },
			{ label: 'Bedömning' },
			{ label: 'Källa' }
		],
		rows: rows.map((i) => [
			i.title,
			...(focus ? [i.focusShift ?? 'Ingen förflyttning'] : []),
			num(i.value, i.unit),
			i.period === null ? UNKNOWN : String(i.period),
			i.change
				? `${signed(i.change.change)} (${i.change.fromPeriod}–${i.change.toPeriod})`
				: 'Kan inte räknas',
			i.assessment,
			i.source
		])
	};
}

function workParts(r: YearlyReport, base: string): Part[] {
	const w = r.work;
	const i = w.initiatives;
	const countColumns = (first: string) => [
		{ label: first },
		{ label: 'Startade', number: true },
		{ label: 'Pågick', number: true },
		{ label: 'Avslutades', number: true }
	];
	const countRows = (list: typeof i.byDevelopmentArea) =>
		list.map((c) => [c.label, String(c.started), String(c.running), String(c.ended)]);
	const iNote = note(i.source, i.period);
	return [
		part({
			id: 'insatser-omraden',
			heading: 'Insatser per utvecklingsområde',
			summary: `Under ${r.year} pågick ${countOf(i.running, 'insats', 'insatser')}: ${countOf(i.started, 'startade', 'startade')} och ${countOf(i.ended, 'avslutades', 'avslutades')}. ${i.unknownTime ? `${countOf(i.unknownTime, 'insats saknar', 'insatser saknar')} start- eller slutdatum och räknas inte.` : 'Alla insatser har kända datum.'} En insats räknas i varje område den anger.`,
			columns: countColumns('Utvecklingsområde'),
			rows: countRows(i.byDevelopmentArea),
			empty: '',
			note: iNote,
			// a chart of nothing but zeros says nothing the sentence does not
			...(i.running ? { chart: 'initiatives' as const } : {})
		}),
		part({
			id: 'insatser-forflyttningar',
			heading: 'Insatser per fokusförflyttning',
			summary: 'Samma insatser efter de fyra förflyttningarna i målbilden.',
			columns: countColumns('Förflyttning'),
			rows: countRows(i.byFocusShift),
			empty: '',
			note: iNote
		}),
		part({
			id: 'insatser-startade',
			heading: `Insatser som startade ${r.year}`,
			summary: countOf(i.startedList.length, 'insats startade.', 'insatser startade.'),
			columns: [{ label: 'Insats' }, { label: 'Startade' }],
			rows: i.startedList.map((s) => [s.title, date(s.startsOn)]),
			links: i.startedList.map((s) => `${base}/insatser/${s.id}`),
			empty: `Ingen insats har ett startdatum under ${r.year}.`,
			note: iNote
		}),
		part({
			id: 'insatser-avslutade',
			heading: `Insatser som avslutades ${r.year}`,
			summary: countOf(i.endedList.length, 'insats avslutades.', 'insatser avslutades.'),
			columns: [{ label: 'Insats' }, { label: 'Avslutades' }],
			rows: i.endedList.map((s) => [s.title, date(s.endsOn)]),
			links: i.endedList.map((s) => `${base}/insatser/${s.id}`),
			empty: `Ingen insats har ett slutdatum under ${r.year}.`,
			note: iNote
		}),
		part({
			id: 'processer',
			heading: 'Processer och de fyra utvecklingsområdena',
			summary: [
				w.processes.rule,
				'Ett område som ingen har bedömt räknas som ej bedömt, inte som en lucka. Processerna har inga datum i Nära: tabellen visar läget när rapporten togs fram.'
			]
				.filter(Boolean)
				.join(' '),
			columns: [
				{ label: 'Process', weight: 3 },
				{ label: 'Nivå', weight: 2 },
				{ label: 'Status', weight: 1.5 },
				{ label: 'Genomarbetade områden', number: true, weight: 2 },
				{ label: 'Inte beaktade', weight: 2.5 },
				{ label: 'Ej bedömda', weight: 2.5 }
			],
			rows: w.processes.list.map((p) => [
				p.title,
				p.level,
				p.status,
				`${p.workedThrough} av 4`,
				p.notConsidered.join(', ') || '–',
				p.notAssessed.join(', ') || '–'
			]),
			links: w.processes.list.map((p) => `${base}/processer/${p.id}`),
			empty: 'Länet har inga processer i Nära.',
			note: note(w.processes.source, w.processes.period)
		}),
		part({
			id: 'beslut',
			heading: `Beslut ${r.year}`,
			summary: countOf(w.decisions.length, 'beslut fattades.', 'beslut fattades.'),
			columns: [{ label: 'Beslut' }, { label: 'Datum' }, { label: 'Av' }, { label: 'Källa' }],
			rows: w.decisions.map((d) => [
				d.title,
				formatDate(d.decidedOn, d.datePrecision),
				d.madeBy,
				d.source
			]),
			empty: `Inga beslut från ${r.year} finns i Nära.`,
			note: note('länets beslut i Nära (varje rad anger sin källa)', String(r.year))
		}),
		milestonePart('milstolpar-aret', `Milstolpar ${r.year}`, w.milestones, String(r.year))
	];
}

function milestonePart(
	id: string,
	heading: string,
	list: YearlyReport['work']['milestones'],
	period: string
): Part {
	return part({
		id,
		heading,
		summary: countOf(list.length, 'milstolpe.', 'milstolpar.'),
		columns: [
			{ label: 'Milstolpe' },
			{ label: 'Tid' },
			{ label: 'Status' },
			{ label: 'Ägare' },
			{ label: 'Källa' }
		],
		rows: list.map((m) => [m.title, m.period, m.status, m.owner, m.source]),
		empty: 'Inga milstolpar.',
		note: note('länets milstolpar i Nära (varje rad anger sin källa)', period)
	});
}

function progressParts(r: YearlyReport): Part[] {
	const p = r.progress;
	const s = p.selfAssessment;
	return [
		part({
			id: 'indikatorer',
			heading: 'Indikatorer per fokusförflyttning',
			summary: `Varje indikators senaste värde till och med ${r.year} och förändringen på fem år fram till det året.`,
			...indicatorTable(p.indicators, true),
			empty: 'Inga indikatorer med värden.',
			note: note(
				'se kolumnen Källa (Kolada; SKR:s indikatorer för nära vård)',
				`till och med ${r.year}`
			)
		}),
		part({
			id: 'mal',
			heading: 'Indikatorer mot länets mål',
			summary: countOf(p.targets.length, 'mål.', 'mål.'),
			columns: [
				{ label: 'Indikator' },
				{ label: 'Område' },
				{ label: 'År', number: true },
				{ label: 'Mål', number: true },
				{ label: 'Utfall', number: true },
				{ label: 'Läge' }
			],
			rows: p.targets.map((t) => [
				t.indicator,
				t.area,
				String(t.period),
				num(t.target),
				num(t.actual),
				TARGET_LABELS[t.status]
			]),
			empty: 'Länet har inte satt några mål för indikatorerna.',
			note: note(p.targets[0]?.source ?? 'länets mål i Nära; utfall: Kolada', 'målens år')
		}),
		part({
			id: 'dialogguiden',
			heading: 'Självskattning med Dialogguiden',
			summary: s
				? 'Länets median per dimension och halvår (bara halvår med tillräckligt många svar visas).'
				: `Det finns inga resultat av Dialogguiden till och med ${r.year} att visa.`,
			columns: s
				? [{ label: 'Dimension' }, ...s.periods.map((x) => ({ label: x, number: true }))]
				: [],
			rows: s ? s.dimensions.map((d) => [d.title, ...d.medians.map((m) => num(m))]) : [],
			empty: 'Inga resultat.',
			note: note(s?.source ?? 'Dialogguiden i Nära', `halvår till och med ${r.year}`)
		})
	];
}

function challengeParts(r: YearlyReport, base: string): Part[] {
	const c = r.challenges;
	const end = `${r.year}-12-31`;
	return [
		part({
			id: 'hinder-oppna',
			heading: 'Hinder och målkonflikter som inte var lösta vid årets slut',
			summary: countOf(c.openBarriers.length, 'hinder.', 'hinder.'),
			columns: [
				{ label: 'Hinder' },
				{ label: 'Slag' },
				{ label: 'Status nu' },
				{ label: 'Lyftes' }
			],
			rows: c.openBarriers.map((b) => [b.title, b.kind, b.status, date(b.raisedOn)]),
			links: c.openBarriers.map((b) => `${base}/hinder/${b.id}`),
			empty: 'Inga öppna hinder.',
			note: note(c.barrierSource, `lyfta till och med ${formatDate(end)}`)
		}),
		part({
			id: 'hinder-losta',
			heading: `Hinder som löstes ${r.year}`,
			summary: countOf(c.resolvedBarriers.length, 'hinder löstes.', 'hinder löstes.'),
			columns: [{ label: 'Hinder' }, { label: 'Slag' }, { label: 'Löst' }, { label: 'Beslut' }],
			rows: c.resolvedBarriers.map((b) => [b.title, b.kind, date(b.resolvedOn), b.decision ?? '–']),
			links: c.resolvedBarriers.map((b) => `${base}/hinder/${b.id}`),
			empty: `Inga hinder löstes under ${r.year}.`,
			note: note(c.barrierSource, String(r.year))
		}),
		part({
			id: 'fel-hall',
			heading: 'Indikatorer som rör sig åt fel håll',
			summary: 'Indikatorer vars värde blivit sämre på fem år, efter indikatorns riktning.',
			...indicatorTable(c.wrongWay, true),
			empty: 'Ingen indikator har blivit sämre på fem år (eller förändringen kan inte räknas).',
			note: note('se kolumnen Källa', `fem år till och med ${r.year}`)
		})
	];
}

function forwardParts(r: YearlyReport): Part[] {
	const f = r.forward;
	const today = formatDate(r.generatedOn);
	return [
		part({
			id: 'atgarder',
			heading: 'Öppna åtgärder',
			summary:
				f.actions === null
					? 'Åtgärderna visas för inloggade med en roll i länet.'
					: `${countOf(f.actions.length, 'öppen åtgärd', 'öppna åtgärder')}, varav ${countOf(f.actions.filter((a) => a.overdue).length, 'försenad', 'försenade')}.`,
			columns: [
				{ label: 'Åtgärd' },
				{ label: 'Ägare' },
				{ label: 'Klar senast' },
				{ label: 'Status' }
			],
			rows: (f.actions ?? []).map((a) => [
				a.title,
				a.owner,
				date(a.dueOn),
				a.overdue ? `${a.status} (försenad)` : a.status
			]),
			empty: f.actions === null ? '' : 'Inga öppna åtgärder.',
			note: note(f.actionSource, `läget ${today}`)
		}),
		milestonePart('milstolpar-nasta', 'Nästa milstolpar', f.milestones, `efter ${r.year}`)
	];
}

/** The report as a document; `base` is the county's address (/lan/varmland) for the links. */
export function reportDocument(r: YearlyReport, base: string): ReportDocument {
	const parts: Record<Section, Part[]> = {
		work: workParts(r, base),
		progress: progressParts(r),
		challenges: challengeParts(r, base),
		forward: forwardParts(r)
	};
	return {
		title: `${REPORT_TITLE} ${r.year} – ${r.county.name}`,
		lead: `Arbetet under ${r.year} med omställningen till nära vård i ${r.county.name}: framsteg, utmaningar och den fortsatta vägen framåt. Framtagen ur Nära ${formatDate(r.generatedOn)}.`,
		frame: FRAME_SOURCE,
		date: formatDate(r.generatedOn),
		sections: SECTION_KEYS.map((key) => ({
			key,
			title: SECTION_TITLES[key],
			narrative: r.narratives[key],
			parts: parts[key]
		}))
	};
}

/** A narrative's paragraphs (split on empty lines). */
export const paragraphs = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
