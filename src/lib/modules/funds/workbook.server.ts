import ExcelJS from 'exceljs';
import { DEVELOPMENT_AREA_LABELS, type DevelopmentArea } from '../../core/vocabulary.ts';
import { safeText } from '../benefit/index.server.ts';
import { OFFICIAL_FORM } from './domain/funds.ts';
import type { FundsReport } from './schema.ts';

/**
 * The account as an Excel workbook in a plain, documented structure (the
 * official form of Socialstyrelsen is not public): one sheet per table of the
 * page and "Om filen", which says what each column holds. Amounts are
 * numbers in whole kronor with a thousands format; an unknown amount is the
 * text "uppgift saknas", never 0. Text from people never becomes a formula.
 */

const UNKNOWN = 'uppgift saknas';
const KRONOR = '#,##0';

type Cell = string | number | null;
interface Column<T> {
	header: string;
	width: number;
	about: string;
	value: (row: T, r: FundsReport) => Cell;
	money?: true;
}

const areaName = (a: DevelopmentArea | null) =>
	a ? DEVELOPMENT_AREA_LABELS[a] : 'Inget utvecklingsområde angivet';
const orgName = (name: string | null) => name ?? 'Ingen ansvarig organisation angiven';
const amount = (v: number | null) => v ?? UNKNOWN;

const year = <T>(): Column<T> => ({
	header: 'År',
	width: 8,
	about: 'Året som medlen avser (finansieringsradens år).',
	value: (_, r) => r.year
});
const sums = <
	T extends { amountSek: number | null; initiatives: number; rowsWithoutAmount: number }
>(): Column<T>[] => [
	{
		header: 'Belopp (kr)',
		width: 16,
		money: true,
		about: `Summan av kända belopp i hela kronor. "${UNKNOWN}" när inget belopp är känt.`,
		value: (s) => amount(s.amountSek)
	},
	{
		header: 'Antal insatser',
		width: 14,
		about: 'Antal insatser som ingår.',
		value: (s) => s.initiatives
	},
	{
		header: 'Rader utan belopp',
		width: 18,
		about: 'Finansieringsrader vars belopp inte är känt; de ingår inte i beloppet.',
		value: (s) => s.rowsWithoutAmount
	}
];

type Sheets = {
	Insatser: Column<FundsReport['initiatives'][number]>[];
	'Per organisation': Column<FundsReport['byOrganisation'][number]>[];
	'Per utvecklingsområde': Column<FundsReport['byDevelopmentArea'][number]>[];
	'Saknar uppgifter': Column<FundsReport['missing'][number]>[];
};

function sheets(origin: string): Sheets {
	const address = (r: FundsReport, id: number) => `${origin}/lan/${r.county.slug}/insatser/${id}`;
	const link: Column<{ id: number }> = {
		header: 'Adress i Nära',
		width: 45,
		about: 'Insatsens sida i inventeringen.',
		value: (i, r) => address(r, i.id)
	};
	return {
		Insatser: [
			year(),
			{
				header: 'Insats',
				width: 40,
				about: 'Insatsens namn i inventeringen.',
				value: (i) => i.title
			},
			{
				header: 'Ansvarig organisation',
				width: 28,
				about: 'Den organisation som leder insatsen.',
				value: (i) => orgName(i.leadOrganisation)
			},
			{
				header: 'Utvecklingsområden',
				width: 40,
				about: 'Färdplanens utvecklingsområden som insatsen anger, åtskilda med " | ".',
				value: (i) => i.developmentAreas.map(areaName).join(' | ')
			},
			...sums<FundsReport['initiatives'][number]>().filter((c) => c.header !== 'Antal insatser'),
			{
				header: 'Finansieringskällor',
				width: 30,
				about: 'Källorna som de räknade raderna anger, åtskilda med " | ".',
				value: (i) => i.fundingSources.join(' | ')
			},
			{
				header: 'Ändrad',
				width: 12,
				about: 'När insatsen (och dess finansiering) senast ändrades, ÅÅÅÅ-MM-DD.',
				value: (i) => i.changedOn
			},
			link
		],
		'Per organisation': [
			year(),
			{
				header: 'Organisation',
				width: 36,
				about: 'Insatsernas ansvariga organisation.',
				value: (o) => orgName(o.name)
			},
			...sums()
		],
		'Per utvecklingsområde': [
			year(),
			{
				header: 'Utvecklingsområde',
				width: 48,
				about:
					'Färdplanens utvecklingsområde. En insats räknas fullt i varje område den anger, så områdena kan tillsammans bli mer än totalen.',
				value: (a) => areaName(a.developmentArea)
			},
			...sums()
		],
		'Saknar uppgifter': [
			year(),
			{
				header: 'Insats',
				width: 40,
				about: 'Insatsens namn i inventeringen.',
				value: (m) => m.title
			},
			{
				header: 'Ansvarig organisation',
				width: 28,
				about: 'Den organisation som leder insatsen.',
				value: (m) => orgName(m.leadOrganisation)
			},
			{
				header: 'Finansieringskälla',
				width: 30,
				about: 'Källan som finansieringsraden anger.',
				value: (m) => m.fundingSource
			},
			{
				header: 'Saknas',
				width: 16,
				about: 'Vilken uppgift som saknas: beloppet. (Året måste alltid anges i inventeringen.)',
				value: () => 'belopp'
			},
			{
				header: 'Anteckning',
				width: 40,
				about: 'Radens anteckning i inventeringen.',
				value: (m) => m.note
			},
			{ ...link, value: (m, r) => address(r, m.initiativeId) }
		]
	};
}

const cellOf = (v: Cell) => (typeof v === 'string' ? safeText(v) : v);

function addSheet<T>(
	book: ExcelJS.Workbook,
	name: string,
	columns: Column<T>[],
	rows: T[],
	r: FundsReport
) {
	const sheet = book.addWorksheet(name);
	sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const row of rows) sheet.addRow(columns.map((c) => cellOf(c.value(row, r))));
	columns.forEach((c, i) => {
		if (c.money) sheet.getColumn(i + 1).numFmt = KRONOR;
	});
}

/** The account of one year as an XLSX file. */
export async function fundsWorkbook(r: FundsReport, origin: string): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Nära';
	const s = sheets(origin);
	addSheet(book, 'Insatser', s.Insatser, r.initiatives, r);
	addSheet(book, 'Per organisation', s['Per organisation'], r.byOrganisation, r);
	addSheet(book, 'Per utvecklingsområde', s['Per utvecklingsområde'], r.byDevelopmentArea, r);
	addSheet(book, 'Saknar uppgifter', s['Saknar uppgifter'], r.missing, r);
	const about = book.addWorksheet('Om filen');
	about.columns = [
		{ header: 'Blad', width: 24 },
		{ header: 'Kolumn', width: 24 },
		{ header: 'Beskrivning', width: 100 }
	];
	about.getRow(1).font = { bold: true };
	const facts: [string, string][] = [
		['Innehåll', `Överenskommelsens medel (god och nära vård) i ${r.county.name} år ${r.year}`],
		['Blankett', OFFICIAL_FORM],
		['Vilka rader som räknas', r.rule],
		['Källa', `${r.source.description}, ${origin}/lan/${r.county.slug}/insatser`],
		['Senast ändrad', r.source.lastChanged ?? UNKNOWN],
		['Belopp', `Hela kronor. Ett okänt belopp står som "${UNKNOWN}", aldrig som 0.`]
	];
	for (const [k, v] of facts) about.addRow(['Om filen', k, safeText(v)]);
	for (const [name, columns] of Object.entries(s) as [string, Column<never>[]][])
		for (const c of columns) about.addRow([name, c.header, c.about]);
	about.getColumn(3).alignment = { wrapText: true };
	return Buffer.from(await book.xlsx.writeBuffer());
}
