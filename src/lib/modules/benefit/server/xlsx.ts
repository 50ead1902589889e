import ExcelJS from 'exceljs';
import { FOCUS_SHIFT_TITLES } from '../domain/qualitative.ts';
import { inputRows, unitLabel, type Unit } from '../ui/inputs.ts';
import type { ComputedScenario } from '../ui/types.ts';

/**
 * A benefit calculation as an Excel workbook: the summary, every input with
 * its source, the results per organisation and year, the Monte Carlo
 * percentiles and the sensitivity analysis. Numbers are numbers (with a
 * Swedish-readable format), never text.
 *
 * Text comes from people (names, descriptions, sources) and is never trusted:
 * a text cell that begins with = + - @ (or their full-width forms), a tab or a
 * carriage return gets a leading ' so that a spreadsheet shows it instead of
 * running it as a formula, as the CSV exports do (csv.ts; OWASP "CSV
 * Injection"). No cell is written as a formula.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text for a cell: formula-like text gets a leading ' (numbers are left alone). */
export function safeText(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

type Cell = string | number | null | undefined;

const KRONOR = '#,##0';
const PERCENT = '0.0%';
const DECIMAL = '0.00';
const RATE = '0.0000';

function addRows(sheet: ExcelJS.Worksheet, rows: Cell[][]): void {
	for (const row of rows) {
		sheet.addRow(row.map((c) => (typeof c === 'string' ? safeText(c) : (c ?? null))));
	}
}

function header(sheet: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
	sheet.columns = titles.map((t, i) => ({ header: safeText(t), width: widths[i] ?? 14 }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const numberFormat = (unit: Unit) =>
	unit === 'percent'
		? PERCENT
		: unit === 'kronor' || unit === 'persons'
			? KRONOR
			: unit === 'per100000' || unit === 'ratio'
				? RATE
				: undefined;

export interface WorkbookMeta {
	name: string;
	description: string;
	countyName: string;
	version: number;
	savedAt: string | null;
	municipalityNames: Record<string, string>;
	/** where the calculation is in Nära */
	url: string;
}

/** The workbook as bytes, ready to send as an .xlsx file. */
export async function scenarioWorkbook(
	meta: WorkbookMeta,
	computed: ComputedScenario
): Promise<Buffer> {
	const { input, result, simulation, sensitivity, summary } = computed;
	const book = new ExcelJS.Workbook();
	book.creator = 'Nära';
	book.created = new Date(meta.savedAt ?? Date.now());

	const about = book.addWorksheet('Sammanfattning');
	header(about, ['Uppgift', 'Värde'], [28, 100]);
	addRows(about, [
		['Kalkyl', meta.name],
		['Beskrivning', meta.description],
		['Län', meta.countyName],
		['Version', meta.version],
		['Sparad', meta.savedAt],
		['I Nära', meta.url],
		['Insats', input.intervention],
		['Målgrupp', input.targetGroup],
		['Kommuner', input.municipalities.map((c) => meta.municipalityNames[c] ?? c).join(', ')],
		['Tidshorisont (år)', input.horizonYears],
		['Diskonteringsränta', input.discountRate],
		['Monte Carlo', `${simulation.draws} dragningar, frö ${simulation.seed}`],
		[],
		['Sammanfattning', summary[0]],
		...summary.slice(1).map((s) => ['', s])
	]);
	about.getCell('B11').numFmt = PERCENT;
	about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

	const inputs = book.addWorksheet('Indata');
	header(
		inputs,
		[
			'Uppgift',
			'Enhet',
			'Troligast',
			'Lägst',
			'Högst',
			'Fördelning',
			'Källa',
			'Period',
			'Uträkning'
		],
		[48, 18, 14, 14, 14, 12, 60, 14, 80]
	);
	for (const row of inputRows(input, meta.municipalityNames)) {
		addRows(inputs, [
			[
				row.label,
				unitLabel[row.unit],
				row.likely,
				row.low,
				row.high,
				row.distribution,
				row.source,
				row.period,
				row.derivation
			]
		]);
		const format = numberFormat(row.unit);
		if (format) {
			const added = inputs.lastRow!;
			for (const col of [3, 4, 5]) added.getCell(col).numFmt = format;
		}
	}
	inputs.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
	inputs.getColumn(9).alignment = { wrapText: true, vertical: 'top' };

	const years = book.addWorksheet('Resultat per år');
	header(
		years,
		[
			'Organisation',
			'År',
			'Deltagare',
			'Undvikna händelser',
			'Kostnader (kr)',
			'Undvikna kostnader (kr)',
			'Netto (kr)',
			'Kumulativt netto (kr)',
			'Diskonteringsfaktor',
			'Netto i nuvärde (kr)'
		],
		[28, 6, 12, 14, 16, 18, 16, 18, 14, 16]
	);
	for (const party of [...result.organisations, result.system]) {
		party.years.forEach((y, t) => {
			addRows(years, [
				[
					party.name,
					y.year,
					result.years[t]!.participants,
					y.avoidedEvents,
					y.costs,
					y.avoidedCosts,
					y.net,
					y.cumulativeNet,
					result.years[t]!.discountFactor,
					y.discountedNet
				]
			]);
		});
	}
	years.getColumn(3).numFmt = KRONOR;
	years.getColumn(4).numFmt = DECIMAL;
	for (const col of [5, 6, 7, 8, 10]) years.getColumn(col).numFmt = KRONOR;
	years.getColumn(9).numFmt = RATE;

	const mc = book.addWorksheet('Osäkerhet');
	header(
		mc,
		['Organisation', 'Mått', 'Medelvärde', 'Standardavvikelse', 'P5', 'P50', 'P95'],
		[28, 40, 16, 18, 16, 16, 16]
	);
	const measures = [
		['costs', 'Kostnader (kr)'],
		['avoidedCosts', 'Undvikna kostnader (kr)'],
		['net', 'Netto (kr)'],
		['discountedNet', 'Netto i nuvärde (kr)'],
		['avoidedEvents', 'Undvikna händelser']
	] as const;
	for (const party of [...simulation.organisations, simulation.system]) {
		for (const [key, label] of measures) {
			const s = party[key];
			addRows(mc, [[party.name, label, s.mean, s.sd, s.p5, s.p50, s.p95]]);
		}
		party.cumulativeNet.forEach((s, t) => {
			addRows(mc, [
				[party.name, `Kumulativt netto år ${t + 1} (kr)`, s.mean, s.sd, s.p5, s.p50, s.p95]
			]);
		});
		addRows(mc, [[party.name, 'Sannolikhet att gå plus (nuvärde)', party.probabilityAhead]]);
		mc.lastRow!.getCell(3).numFmt = PERCENT;
	}
	for (const col of [4, 5, 6, 7]) mc.getColumn(col).numFmt = KRONOR;

	const tornado = book.addWorksheet('Känslighet');
	header(
		tornado,
		[
			'Uppgift',
			'Lägst',
			'Troligast',
			'Högst',
			'Systemets nuvärde vid lägsta (kr)',
			'Systemets nuvärde vid högsta (kr)',
			'Utslag (kr)'
		],
		[56, 14, 14, 14, 26, 26, 16]
	);
	addRows(
		tornado,
		sensitivity.items.map((i) => [
			i.label,
			i.low,
			i.likely,
			i.high,
			i.systemNetAtLow,
			i.systemNetAtHigh,
			i.swing
		])
	);
	for (const col of [5, 6, 7]) tornado.getColumn(col).numFmt = KRONOR;

	const gains = book.addWorksheet('Vinster utan kronor');
	header(
		gains,
		['Vinst', 'Beskrivning', 'Invånarens röst', 'Förflyttning', 'Källa'],
		[32, 70, 50, 50, 60]
	);
	addRows(
		gains,
		(input.qualitativeGains ?? []).map((g) => [
			g.title,
			g.description,
			g.citizenStatements.join('; '),
			g.focusShifts.map((f) => FOCUS_SHIFT_TITLES[f]).join('; '),
			g.source
		])
	);
	gains.columns.forEach((c) => (c.alignment = { wrapText: true, vertical: 'top' }));

	return Buffer.from(await book.xlsx.writeBuffer());
}
