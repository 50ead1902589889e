import ExcelJS from 'exceljs';
import { INITIATIVE_COLUMNS } from './domain/columns.ts';
import { VOCABULARIES } from './domain/vocabularies.ts';
import {
	EXPORT_COLUMNS,
	filterLines,
	localTime,
	templateRows,
	type Cell
} from './domain/export.ts';
import { safeText } from '../benefit/index.server.ts';
import type { InitiativeExport } from './export.server.ts';

/**
 * The inventory's Excel workbooks: the list's export and the import
 * template. Text written by people never becomes a formula (safeText).
 */

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

/** A sheet with a bold header row, frozen unless told otherwise. */
function sheetOf(
	book: ExcelJS.Workbook,
	name: string,
	columns: { header: string; width: number }[],
	frozen = true
) {
	const sheet = book.addWorksheet(name);
	sheet.columns = columns.map((c) => ({ header: safeText(c.header), width: c.width }));
	sheet.getRow(1).font = { bold: true };
	if (frozen) sheet.views = [{ state: 'frozen', ySplit: 1 }];
	return sheet;
}

/** Columns named by their headers, as wide as the header asks (or `width`). */
const widths = (headers: string[], width: number) =>
	headers.map((header) => ({ header, width: HEADER_WIDTHS[header] ?? width }));

const cell = (v: Cell | undefined) => (typeof v === 'string' ? safeText(v) : (v ?? null));

function newBook(): ExcelJS.Workbook {
	const book = new ExcelJS.Workbook();
	book.creator = 'Nära';
	return book;
}

/** The export as an Excel workbook: the initiatives, and a sheet saying what was exported. */
export async function exportWorkbook(e: InitiativeExport, origin: string): Promise<Buffer> {
	const book = newBook();
	const sheet = sheetOf(
		book,
		'Insatser',
		widths(
			EXPORT_COLUMNS.map((c) => c.header),
			16
		)
	);
	for (const i of e.items) sheet.addRow(EXPORT_COLUMNS.map((c) => cell(c.value(i))));
	const about = sheetOf(book, 'Om filen', widths(['Uppgift', 'Värde'], 16));
	about.getColumn(1).width = 28;
	about.getColumn(2).width = 90;
	const filters = filterLines(e.query);
	for (const [k, v] of [
		['Innehåll', `Insatser i ${e.county.name} ur Näras inventering`],
		['Antal insatser', String(e.items.length)],
		['Urval', filters.length ? '' : 'Alla insatser du får se'],
		...filters,
		['Hämtad', localTime(new Date())],
		['Källa', `Nära, ${origin}/lan/${e.county.slug}/insatser`],
		[
			'Läsa in igen',
			'Kolumnerna från Namn till Synlighet är desamma som i importmallen. Id och kolumnerna efter Synlighet används inte vid import.'
		]
	] as [string, string][])
		about.addRow([safeText(k), safeText(v)]);
	return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The template as an Excel workbook: "Insatser" with the header and an
 * example row, "Kolumner" explaining each column and its allowed values, and
 * "Värden" listing every allowed value of the lists.
 */
export async function templateWorkbook(): Promise<Buffer> {
	const book = newBook();
	const [header, example] = templateRows();
	const sheet = sheetOf(book, 'Insatser', widths(header, 18));
	sheet.addRow(example.map((v) => safeText(v)));

	const columns = sheetOf(book, 'Kolumner', [
		{ header: 'Kolumn', width: 24 },
		{ header: 'Engelskt namn (går också)', width: 24 },
		{ header: 'Måste fyllas i', width: 14 },
		{ header: 'Vad den innehåller', width: 80 },
		{ header: 'Tillåtna värden', width: 80 }
	]);
	for (const c of INITIATIVE_COLUMNS)
		columns.addRow([c.header, c.id, c.required ? 'ja' : 'nej', c.description, c.allowed]);
	for (const row of [2, 3, 4, 5]) columns.getColumn(row).alignment = { wrapText: true };

	const values = sheetOf(
		book,
		'Värden',
		[
			{ header: 'Kolumn', width: 22 },
			{ header: 'Värde', width: 60 },
			{ header: 'Nyckel (går också)', width: 22 }
		],
		false
	);
	const lists: [string, Record<string, string>][] = [
		['Nivå', VOCABULARIES.level],
		['Fas', VOCABULARIES.phase],
		['Målområden', VOCABULARIES.goal_areas],
		['Utvecklingsområden', VOCABULARIES.development_areas],
		['Fokusförflyttningar', VOCABULARIES.focus_shifts],
		['Gott exempel', { ja: 'ja', nej: 'nej' }],
		['Synlighet', { public: 'offentlig', internal: 'intern' }]
	];
	for (const [name, labels] of lists)
		for (const [key, value] of Object.entries(labels)) values.addRow([name, value, key]);
	return Buffer.from(await book.xlsx.writeBuffer());
}
