import ExcelJS from 'exceljs';
import { toCsv } from '../../platform/csv.ts';
import { aggregateExportRows, type ExportRow } from './domain/aggregate.ts';
import { halfYearLabel } from './domain/round.ts';
import type { CountyOverview } from './read.server.ts';

/**
 * The county's aggregate as files: CSV (semicolon, decimal comma, BOM – as
 * Swedish Excel opens it) and XLSX (numbers as numbers). Only shown cells
 * (aggregateExportRows), so no row rests on fewer than K answers.
 */

export const EXPORT_HEADERS = [
	'Dimension',
	'Halvår',
	'Organisation',
	'Antal svar',
	'Antal omgångar',
	'Median (1–5)',
	'Medelvärde (1–5)'
];

export function exportRows(o: CountyOverview): ExportRow[] {
	const titles = new Map(o.template.dimensions.map((d) => [d.key, d.title]));
	return aggregateExportRows(o.periods, o.organisations, (k) => titles.get(k) ?? k);
}

const comma = (x: number) => String(x).replace('.', ',');

export function aggregateCsv(o: CountyOverview): string {
	const columns: { header: string; value: (r: ExportRow) => string | number }[] = [
		{ header: EXPORT_HEADERS[0]!, value: (r) => r.dimension },
		{ header: EXPORT_HEADERS[1]!, value: (r) => halfYearLabel(r.period) },
		{ header: EXPORT_HEADERS[2]!, value: (r) => r.organisation },
		{ header: EXPORT_HEADERS[3]!, value: (r) => r.answers },
		{ header: EXPORT_HEADERS[4]!, value: (r) => r.rounds },
		{ header: EXPORT_HEADERS[5]!, value: (r) => comma(r.median) },
		{ header: EXPORT_HEADERS[6]!, value: (r) => comma(r.mean) }
	];
	return toCsv(columns, exportRows(o));
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const cellText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

export async function aggregateXlsx(o: CountyOverview, countyName: string): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Dialogguiden');
	sheet.columns = EXPORT_HEADERS.map((header, i) => ({
		header,
		width: [40, 22, 40, 12, 14, 14, 16][i]
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const r of exportRows(o))
		sheet.addRow([
			cellText(r.dimension),
			halfYearLabel(r.period),
			cellText(r.organisation),
			r.answers,
			r.rounds,
			r.median,
			r.mean
		]);
	sheet.getColumn(6).numFmt = '0.00';
	sheet.getColumn(7).numFmt = '0.00';
	const about = book.addWorksheet('Om uppgifterna');
	about.addRows([
		['Källa', 'Nära – Dialogguiden'],
		['Län', cellText(countyName)],
		['Mall', cellText(o.template.title)],
		['Minsta antal svar per cell (K)', o.k],
		[
			'Regel',
			`Celler med färre än ${o.k} svar visas inte; små organisationer är sammanslagna till "Övriga".`
		]
	]);
	return Buffer.from(await book.xlsx.writeBuffer());
}
