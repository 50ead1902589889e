import { INITIATIVE_COLUMNS, LIST_SEPARATOR, type InitiativeColumnKey } from './columns.ts';
import { VOCABULARIES } from './vocabularies.ts';
import type { Initiative, InitiativeQuery } from '../schema.ts';

/**
 * The Swedish export of the list (CSV and XLSX): the template's columns with
 * Swedish labels, then what Nära adds, and the filters in words; and the
 * import template's rows. Pure.
 */

export type Cell = string | number | null;

/** A column of a file: its header and its cell of a row (as csv.ts takes it). */
export interface FileColumn<Row> {
	header: string;
	value: (row: Row) => Cell;
}

export interface ExportedInitiative extends Initiative {
	/** the page of the initiative */
	url: string;
	/** the source as words: a document's title, or "Registrerad i Nära" */
	sourceText: string;
}

const stockholm = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	dateStyle: 'short',
	timeStyle: 'short'
});

/** A moment as Swedish local time, "2024-03-01 14:05". */
export const localTime = (at: string | Date) => stockholm.format(new Date(at));

const join = (values: readonly (string | number | null)[]) =>
	values.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR);
const label = (labels: Record<string, string>) => (keys: readonly string[]) =>
	join(keys.map((k) => labels[k] ?? k));

const TEMPLATE_VALUES: Record<InitiativeColumnKey, (i: Initiative) => Cell> = {
	title: (i) => i.title,
	description: (i) => i.description,
	lead: (i) => i.lead?.name ?? '',
	partners: (i) => join(i.partners.map((p) => p.name)),
	otherPartners: (i) => join(i.otherPartners),
	municipalities: (i) => join(i.municipalities.map((m) => m.name)),
	level: (i) => VOCABULARIES.level[i.level],
	phase: (i) => VOCABULARIES.phase[i.phase],
	startsOn: (i) => i.startsOn ?? '',
	endsOn: (i) => i.endsOn ?? '',
	goalAreas: (i) => label(VOCABULARIES.goal_areas)(i.goalAreas),
	developmentAreas: (i) => label(VOCABULARIES.development_areas)(i.developmentAreas),
	focusShifts: (i) => label(VOCABULARIES.focus_shifts)(i.focusShifts),
	fundingYears: (i) => join(i.funding.map((f) => f.year)),
	fundingSources: (i) => join(i.funding.map((f) => f.fundingSource)),
	// one amount stays a number, so a spreadsheet can add the column up
	fundingAmounts: (i) =>
		i.funding.length === 1 ? i.funding[0]!.amountSek : join(i.funding.map((f) => f.amountSek)),
	contactFunction: (i) => i.contactFunction,
	contactEmail: (i) => i.contactEmail,
	contactPhone: (i) => i.contactPhone,
	results: (i) => i.results,
	lessons: (i) => i.lessons,
	links: (i) => join(i.links.map((l) => l.url)),
	goodExample: (i) => (i.goodExample ? 'ja' : 'nej'),
	visibility: (i) => (i.visibility === 'public' ? 'offentlig' : 'intern')
};

/**
 * The columns of the Swedish export: the id, the template's columns (so an
 * export can be read in again as a template), then the contact person (only
 * when they consented), the source, the county, the dates and the address.
 */
export const EXPORT_COLUMNS: FileColumn<ExportedInitiative>[] = [
	{ header: 'Id', value: (i) => i.id },
	...INITIATIVE_COLUMNS.map((c) => ({
		header: c.header,
		value: (i: ExportedInitiative) => TEMPLATE_VALUES[c.key](i)
	})),
	{ header: 'Kontaktperson', value: (i) => i.contactPerson ?? '' },
	{ header: 'Källa', value: (i) => i.sourceText },
	{ header: 'Län', value: (i) => i.countyCode },
	{ header: 'Registrerad', value: (i) => localTime(i.createdAt) },
	{ header: 'Senast ändrad', value: (i) => localTime(i.updatedAt) },
	{ header: 'Adress i Nära', value: (i) => i.url }
];

/** The filters of an export, in words, for the workbook's second sheet. */
export function filterLines(q: InitiativeQuery): [string, string][] {
	const lines: [string, string][] = [];
	if (q.q) lines.push(['Sökord', q.q]);
	const named = (name: string, values: string[], labels?: Record<string, string>) => {
		if (values.length) lines.push([name, values.map((v) => labels?.[v] ?? v).join(', ')]);
	};
	named('Organisationer (id)', q.organisation);
	named('Kommuner (kommunkod)', q.municipality);
	named('Målområden', q.goalArea, VOCABULARIES.goal_areas);
	named('Utvecklingsområden', q.developmentArea, VOCABULARIES.development_areas);
	named('Fokusförflyttningar', q.focusShift, VOCABULARIES.focus_shifts);
	named('Fas', q.phase, VOCABULARIES.phase);
	named('Nivå', q.level, VOCABULARIES.level);
	if (q.goodExample) lines.push(['Goda exempel', 'bara goda exempel']);
	return lines;
}

/** The import template's header row and its example row. */
export function templateRows(): [string[], string[]] {
	return [INITIATIVE_COLUMNS.map((c) => c.header), INITIATIVE_COLUMNS.map((c) => c.example)];
}
