import ExcelJS from 'exceljs';
import {
	INITIATIVE_COLUMNS,
	LIST_SEPARATOR,
	OPEN_DATA_LICENSE,
	type InitiativeColumnKey
} from './domain/columns.ts';
import {
	DEVELOPMENT_AREA_LABELS,
	FOCUS_SHIFT_LABELS,
	GOAL_AREA_LABELS,
	PHASE_LABELS,
	WORK_LEVEL_LABELS
} from '../../core/vocabulary.ts';
import type { County } from '../counties/index.ts';
import type { Initiative, InitiativeQuery } from './schema.ts';
import type {
	InitiativeImportPreview,
	OpenDataInitiative,
	OpenDataInitiatives
} from './io-schema.ts';
import type { Actor } from '../../core/actor.ts';
import { safeText } from '../benefit/index.server.ts';
import { county as findCounty, listCounties, sourceDocuments } from '../counties/index.server.ts';
import type { CsvColumn } from '../../platform/csv.ts';
import type { Db } from '../../platform/db/client.ts';
import { ok, type Outcome } from '../../core/outcome.ts';
import type { CatalogueCounty } from './dcat.server.ts';
import type { InitiativeImportRun } from './import.server.ts';
import * as q from './queries.server.ts';
import { parseQuery, searchFilter, toInitiative } from './service.server.ts';

/**
 * The inventory out of Nära: the list's filtered initiatives as CSV and
 * XLSX with Swedish headers and labels (every matching initiative the
 * reader may see, not one page), the import template, and the open data
 * (public initiatives of every county, English identifiers). Text written by
 * people never becomes a formula: csv.ts and safeText neutralise = + - @.
 */

/** An export holds at most this many initiatives (a county has a few hundred). */
export const MAX_EXPORT = 20_000;
const BATCH = 1000;

const stockholm = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	dateStyle: 'short',
	timeStyle: 'short'
});
const localTime = (iso: string) => stockholm.format(new Date(iso));

export interface ExportedInitiative extends Initiative {
	/** the page of the initiative */
	url: string;
	/** the source as words: a document's title, or "Registrerad i Nära" */
	sourceText: string;
}

export interface InitiativeExport {
	county: County;
	query: InitiativeQuery;
	items: ExportedInitiative[];
}

/** Details of initiatives rows, a thousand at a time, as the API's shape. */
async function details(db: Db, rows: q.InitiativeRow[]): Promise<Initiative[]> {
	const out: Initiative[] = [];
	for (let i = 0; i < rows.length; i += BATCH)
		out.push(...(await q.detailsOf(db, rows.slice(i, i + BATCH))).map(toInitiative));
	return out;
}

async function sourceText(db: Db) {
	const docs = new Map((await sourceDocuments(db)).map((d) => [d.fileName, d]));
	return (i: Pick<Initiative, 'source' | 'sourceLocator'>) => {
		const doc = i.source ? docs.get(i.source) : undefined;
		const where = i.source
			? doc
				? `${doc.title}${doc.year ? ` (${doc.year})` : ''}`
				: i.source
			: 'Registrerad i Nära';
		return i.sourceLocator ? `${where}: ${i.sourceLocator}` : where;
	};
}

/**
 * Every initiative of the county that matches the list's filters and that
 * the reader may see, in the list's order.
 */
export async function exportInitiatives(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	raw: Record<string, unknown>,
	origin: string
): Promise<Outcome<InitiativeExport>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	const parsed = parseQuery(raw);
	if (parsed.kind !== 'ok') return parsed;
	const filter = searchFilter(c.value, actor, parsed.value);
	const ids = await q.matchingIds(db, filter, MAX_EXPORT);
	const rows: q.InitiativeRow[] = [];
	for (let i = 0; i < ids.length; i += BATCH)
		rows.push(
			...(await q.initiativesByIds(db, c.value.code, filter.visible, ids.slice(i, i + BATCH)))
		);
	const source = await sourceText(db);
	const items = (await details(db, rows)).map((i) => ({
		...i,
		url: `${origin}/lan/${c.value.slug}/insatser/${i.id}`,
		sourceText: source(i)
	}));
	return ok({ county: c.value, query: parsed.value, items });
}

// ——— The Swedish export: the template's columns, then what Nära adds

const join = (values: readonly (string | number | null)[]) =>
	values.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR);
const label = (labels: Record<string, string>) => (keys: readonly string[]) =>
	join(keys.map((k) => labels[k] ?? k));

type Cell = string | number | null;

const TEMPLATE_VALUES: Record<InitiativeColumnKey, (i: Initiative) => Cell> = {
	title: (i) => i.title,
	description: (i) => i.description,
	lead: (i) => i.lead?.name ?? '',
	partners: (i) => join(i.partners.map((p) => p.name)),
	otherPartners: (i) => join(i.otherPartners),
	municipalities: (i) => join(i.municipalities.map((m) => m.name)),
	level: (i) => WORK_LEVEL_LABELS[i.level],
	phase: (i) => PHASE_LABELS[i.phase],
	startsOn: (i) => i.startsOn ?? '',
	endsOn: (i) => i.endsOn ?? '',
	goalAreas: (i) => label(GOAL_AREA_LABELS)(i.goalAreas),
	developmentAreas: (i) => label(DEVELOPMENT_AREA_LABELS)(i.developmentAreas),
	focusShifts: (i) => label(FOCUS_SHIFT_LABELS)(i.focusShifts),
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
export const EXPORT_COLUMNS: CsvColumn<ExportedInitiative>[] = [
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

/** The file name of an export: the county and today's date. */
export function exportFileName(e: InitiativeExport, extension: 'csv' | 'xlsx'): string {
	return `insatser-${e.county.slug}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

const HEADER_WIDTHS: Record<string, number> = {
	Namn: 40,
	Beskrivning: 60,
	'Ansvarig organisation': 28,
	Samarbetspartner: 30,
	Kommuner: 30,
	Målområden: 30,
	Utvecklingsområden: 30,
	Fokusförflyttningar: 30,
	Källa: 40,
	'Adress i Nära': 40
};

function sheetOf(book: ExcelJS.Workbook, name: string, headers: string[]) {
	const sheet = book.addWorksheet(name);
	sheet.columns = headers.map((h) => ({ header: safeText(h), width: HEADER_WIDTHS[h] ?? 16 }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	return sheet;
}

const cell = (v: Cell | undefined) => (typeof v === 'string' ? safeText(v) : (v ?? null));

/** The filters of an export, in words, for the workbook's second sheet. */
function filterLines(e: InitiativeExport): [string, string][] {
	const q = e.query;
	const lines: [string, string][] = [];
	if (q.q) lines.push(['Sökord', q.q]);
	const named = (name: string, values: string[], labels?: Record<string, string>) => {
		if (values.length) lines.push([name, values.map((v) => labels?.[v] ?? v).join(', ')]);
	};
	named('Organisationer (id)', q.organisation);
	named('Kommuner (kommunkod)', q.municipality);
	named('Målområden', q.goalArea, GOAL_AREA_LABELS);
	named('Utvecklingsområden', q.developmentArea, DEVELOPMENT_AREA_LABELS);
	named('Fokusförflyttningar', q.focusShift, FOCUS_SHIFT_LABELS);
	named('Fas', q.phase, PHASE_LABELS);
	named('Nivå', q.level, WORK_LEVEL_LABELS);
	if (q.goodExample) lines.push(['Goda exempel', 'bara goda exempel']);
	return lines;
}

/** The export as an Excel workbook: the initiatives, and a sheet saying what was exported. */
export async function exportWorkbook(e: InitiativeExport, origin: string): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Nära';
	const sheet = sheetOf(
		book,
		'Insatser',
		EXPORT_COLUMNS.map((c) => c.header)
	);
	for (const i of e.items) sheet.addRow(EXPORT_COLUMNS.map((c) => cell(c.value(i))));
	const about = sheetOf(book, 'Om filen', ['Uppgift', 'Värde']);
	about.getColumn(1).width = 28;
	about.getColumn(2).width = 90;
	const filters = filterLines(e);
	for (const [k, v] of [
		['Innehåll', `Insatser i ${e.county.name} ur Näras inventering`],
		['Antal insatser', String(e.items.length)],
		['Urval', filters.length ? '' : 'Alla insatser du får se'],
		...filters,
		['Hämtad', stockholm.format(new Date())],
		['Källa', `Nära, ${origin}/lan/${e.county.slug}/insatser`],
		[
			'Läsa in igen',
			'Kolumnerna från Namn till Synlighet är desamma som i importmallen. Id och kolumnerna efter Synlighet används inte vid import.'
		]
	] as [string, string][])
		about.addRow([safeText(k), safeText(v)]);
	return Buffer.from(await book.xlsx.writeBuffer());
}

// ——— The import template

/** The template's header row and its example row. */
export function templateRows(): [string[], string[]] {
	return [INITIATIVE_COLUMNS.map((c) => c.header), INITIATIVE_COLUMNS.map((c) => c.example)];
}

/**
 * The template as an Excel workbook: "Insatser" with the header and an
 * example row, "Kolumner" explaining each column and its allowed values, and
 * "Värden" listing every allowed value of the lists.
 */
export async function templateWorkbook(): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Nära';
	const [header, example] = templateRows();
	const sheet = book.addWorksheet('Insatser');
	sheet.columns = header.map((h) => ({ header: h, width: HEADER_WIDTHS[h] ?? 18 }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	sheet.addRow(example.map((v) => safeText(v)));

	const columns = book.addWorksheet('Kolumner');
	columns.columns = [
		{ header: 'Kolumn', width: 24 },
		{ header: 'Engelskt namn (går också)', width: 24 },
		{ header: 'Måste fyllas i', width: 14 },
		{ header: 'Vad den innehåller', width: 80 },
		{ header: 'Tillåtna värden', width: 80 }
	];
	columns.getRow(1).font = { bold: true };
	columns.views = [{ state: 'frozen', ySplit: 1 }];
	for (const c of INITIATIVE_COLUMNS)
		columns.addRow([c.header, c.id, c.required ? 'ja' : 'nej', c.description, c.allowed]);
	for (const row of [2, 3, 4, 5]) columns.getColumn(row).alignment = { wrapText: true };

	const values = book.addWorksheet('Värden');
	values.columns = [
		{ header: 'Kolumn', width: 22 },
		{ header: 'Värde', width: 60 },
		{ header: 'Nyckel (går också)', width: 22 }
	];
	values.getRow(1).font = { bold: true };
	const lists: [string, Record<string, string>][] = [
		['Nivå', WORK_LEVEL_LABELS],
		['Fas', PHASE_LABELS],
		['Målområden', GOAL_AREA_LABELS],
		['Utvecklingsområden', DEVELOPMENT_AREA_LABELS],
		['Fokusförflyttningar', FOCUS_SHIFT_LABELS],
		['Gott exempel', { ja: 'ja', nej: 'nej' }],
		['Synlighet', { public: 'offentlig', internal: 'intern' }]
	];
	for (const [name, labels] of lists)
		for (const [key, value] of Object.entries(labels)) values.addRow([name, value, key]);
	return Buffer.from(await book.xlsx.writeBuffer());
}

// ——— Import previews for the API

/** The preview of an import as the API returns it. */
export function importPreviewBody(run: InitiativeImportRun): InitiativeImportPreview {
	const p = run.preview;
	return {
		status: run.status,
		fileName: p.fileName,
		format: p.format,
		encoding: p.encoding,
		delimiter: p.delimiter,
		sheet: p.sheet,
		decimalComma: p.decimalComma,
		columns: p.columns,
		ignoredColumns: p.ignoredColumns,
		rows: p.rows,
		validRows: p.validRows,
		invalidRows: p.invalidRows,
		errors: p.errors,
		moreErrors: p.moreErrors ?? 0,
		warnings: p.warnings,
		sample: p.sample.flatMap((s) =>
			s.value
				? [
						{
							row: s.row,
							title: s.value.input.title,
							lead: s.value.lead,
							municipalities: s.value.municipalities,
							level: s.value.input.level,
							phase: s.value.input.phase
						}
					]
				: []
		),
		created: run.status === 'done' ? run.result.ids : []
	};
}

// ——— Open data

/** The counties with public initiatives, how many and when written, for the data catalogue. */
export async function catalogueCounties(db: Db): Promise<CatalogueCounty[]> {
	const counties = new Map((await listCounties(db)).map((c) => [c.code, c]));
	return (await q.publicInitiativeDates(db)).map((d) => {
		const c = counties.get(d.countyCode)!;
		return { ...d, code: c.code, name: c.name, slug: c.slug };
	});
}

/** The public initiatives of every county (or one), for machines: English identifiers. */
export async function openData(
	db: Db,
	origin: string,
	codeOrSlug: string | null,
	publisher: string
): Promise<Outcome<OpenDataInitiatives>> {
	let only: County | null = null;
	if (codeOrSlug) {
		const c = await findCounty(db, codeOrSlug);
		if (c.kind !== 'ok') return c;
		only = c.value;
	}
	const counties = new Map((await listCounties(db)).map((c) => [c.code, c]));
	const rows = await q.publicInitiatives(db, only?.code ?? null);
	const items: OpenDataInitiative[] = (await details(db, rows)).map((i) => {
		const c = counties.get(i.countyCode)!;
		return {
			id: i.id,
			county_code: i.countyCode,
			county: c.name,
			title: i.title,
			description: i.description,
			lead_organisation: i.lead?.name ?? null,
			lead_organisation_id: i.lead?.id ?? null,
			partners: i.partners.map((p) => p.name),
			other_partners: i.otherPartners,
			municipalities: i.municipalities.map((m) => m.name),
			municipality_codes: i.municipalities.flatMap((m) => (m.code ? [m.code] : [])),
			level: i.level,
			phase: i.phase,
			starts_on: i.startsOn,
			ends_on: i.endsOn,
			goal_areas: i.goalAreas,
			development_areas: i.developmentAreas,
			focus_shifts: i.focusShifts,
			funding: i.funding.map((f) => ({
				year: f.year,
				source: f.fundingSource,
				amount_sek: f.amountSek
			})),
			contact_function: i.contactFunction,
			contact_email: i.contactEmail,
			contact_phone: i.contactPhone,
			results: i.results,
			lessons: i.lessons,
			links: i.links.map((l) => l.url),
			good_example: i.goodExample,
			source: i.source,
			source_locator: i.sourceLocator,
			created_at: i.createdAt,
			updated_at: i.updatedAt,
			url: `${origin}/lan/${c.slug}/insatser/${i.id}`
		};
	});
	const modified = items.reduce<string | null>(
		(m, i) => (m === null || i.updated_at > m ? i.updated_at : m),
		null
	);
	return ok({
		title: only
			? `Insatser för god och nära vård i ${only.name}`
			: 'Insatser för god och nära vård i Sveriges län',
		license: OPEN_DATA_LICENSE,
		publisher,
		documentation: `${origin}/oppna-data`,
		county_code: only?.code ?? null,
		count: items.length,
		modified,
		vocabulary: {
			level: WORK_LEVEL_LABELS,
			phase: PHASE_LABELS,
			goal_areas: GOAL_AREA_LABELS,
			development_areas: DEVELOPMENT_AREA_LABELS,
			focus_shifts: FOCUS_SHIFT_LABELS
		},
		items
	});
}

/** Lists in the open data CSV are joined with |, without spaces. */
const bar = (values: readonly (string | number | null)[]) =>
	values.map((v) => (v === null ? '' : String(v))).join('|');

/** The open data CSV's columns: English identifiers, keys of the vocabularies, | between list values. */
export const OPEN_DATA_COLUMNS: (CsvColumn<OpenDataInitiative> & { description: string })[] = [
	{ header: 'id', description: 'insatsens id i Nära', value: (i) => i.id },
	{ header: 'county_code', description: 'länskod (SCB), två siffror', value: (i) => i.county_code },
	{ header: 'county', description: 'länets namn', value: (i) => i.county },
	{ header: 'title', description: 'insatsens namn', value: (i) => i.title },
	{ header: 'description', description: 'beskrivning', value: (i) => i.description },
	{
		header: 'lead_organisation',
		description: 'ansvarig organisation (namn)',
		value: (i) => i.lead_organisation
	},
	{
		header: 'lead_organisation_id',
		description: 'ansvarig organisations id i Nära',
		value: (i) => i.lead_organisation_id
	},
	{ header: 'partners', description: 'samarbetspartner i Nära', value: (i) => bar(i.partners) },
	{
		header: 'other_partners',
		description: 'partner utanför Nära',
		value: (i) => bar(i.other_partners)
	},
	{
		header: 'municipalities',
		description: 'kommuner där insatsen bedrivs; tom = hela länet',
		value: (i) => bar(i.municipalities)
	},
	{
		header: 'municipality_codes',
		description: 'samma kommuner som kommunkoder (SCB)',
		value: (i) => bar(i.municipality_codes)
	},
	{ header: 'level', description: 'nivå (nyckel)', value: (i) => i.level },
	{ header: 'phase', description: 'fas (nyckel)', value: (i) => i.phase },
	{ header: 'starts_on', description: 'startdatum, ÅÅÅÅ-MM-DD', value: (i) => i.starts_on },
	{ header: 'ends_on', description: 'slutdatum, ÅÅÅÅ-MM-DD', value: (i) => i.ends_on },
	{ header: 'goal_areas', description: 'målområden (nycklar)', value: (i) => bar(i.goal_areas) },
	{
		header: 'development_areas',
		description: 'utvecklingsområden (nycklar)',
		value: (i) => bar(i.development_areas)
	},
	{
		header: 'focus_shifts',
		description: 'fokusförflyttningar (nycklar)',
		value: (i) => bar(i.focus_shifts)
	},
	{
		header: 'funding_years',
		description: 'finansieringens år, i samma ordning som källorna och beloppen',
		value: (i) => bar(i.funding.map((f) => f.year))
	},
	{
		header: 'funding_sources',
		description: 'finansieringens källor',
		value: (i) => bar(i.funding.map((f) => f.source))
	},
	{
		header: 'funding_amounts_sek',
		description: 'finansieringens belopp i hela kronor; tomt = okänt',
		value: (i) => bar(i.funding.map((f) => f.amount_sek))
	},
	{
		header: 'contact_function',
		description: 'kontaktfunktion (en enhet eller brevlåda)',
		value: (i) => i.contact_function
	},
	{
		header: 'contact_email',
		description: 'kontaktfunktionens e-post',
		value: (i) => i.contact_email
	},
	{
		header: 'contact_phone',
		description: 'kontaktfunktionens telefon',
		value: (i) => i.contact_phone
	},
	{ header: 'results', description: 'resultat', value: (i) => i.results },
	{ header: 'lessons', description: 'lärdomar', value: (i) => i.lessons },
	{ header: 'links', description: 'webbadresser', value: (i) => bar(i.links) },
	{
		header: 'good_example',
		description: 'gott exempel: true eller false',
		value: (i) => String(i.good_example)
	},
	{
		header: 'source',
		description: 'källdokumentets filnamn; tomt = registrerad i Nära',
		value: (i) => i.source
	},
	{
		header: 'source_locator',
		description: 'var i källan, eller vilken fil den lästes in från',
		value: (i) => i.source_locator
	},
	{
		header: 'created_at',
		description: 'när den registrerades (ISO 8601, UTC)',
		value: (i) => i.created_at
	},
	{
		header: 'updated_at',
		description: 'när den senast ändrades (ISO 8601, UTC)',
		value: (i) => i.updated_at
	},
	{ header: 'url', description: 'insatsens sida i Nära', value: (i) => i.url }
];

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Who publishes the open data: the operator (NARA_OPERATOR_NAME), or Nära when none is set. */
export function publisherName(operatorName: string | undefined): string {
	return operatorName ?? 'Nära (ingen driftsorganisation angiven)';
}
