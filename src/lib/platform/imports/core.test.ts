import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { systemActor, type Actor } from '../../core/actor.ts';
import {
	measurementImportSpec,
	type KnownIndicator,
	type MeasurementImportContext
} from '../../modules/followup/server/import.ts';
import { projectRoot } from '../paths.ts';
import { loadCounties, loadMunicipalities } from '../../app/seed/reference.ts';
import { commitImport, prepareImport, SAMPLE_ROWS, type ImportSpec } from './core.ts';
import { formatError, formatPreview } from './report.ts';
import { z } from 'zod';

/**
 * The import core with the measurement import's columns, row schema and
 * checks, over the files in tests/imports/fixtures/. The areas are the real
 * Kolada ids (seed/reference); the indicators a few real KPIs.
 */

const fixture = (name: string) => ({
	name,
	bytes: new Uint8Array(
		readFileSync(path.join(projectRoot(), 'tests', 'imports', 'fixtures', name))
	)
});

const indicator = (id: number, koladaId: string, hasGenderSplit: boolean): KnownIndicator => ({
	id,
	koladaId,
	countyCode: null,
	hasGenderSplit
});

function context(actor: Actor = systemActor('test')): MeasurementImportContext {
	const areas = new Map<string, string | null>([['0000', null]]);
	for (const c of loadCounties()) areas.set(c.koladaId, c.code);
	for (const m of loadMunicipalities()) areas.set(m.koladaId, m.countyCode);
	return {
		actor,
		areas,
		indicators: new Map([
			['N20402', indicator(1, 'N20402', true)],
			['N21704', indicator(2, 'N21704', true)],
			['N20897', indicator(3, 'N20897', false)],
			['N23801', indicator(4, 'N23801', false)],
			['42', { id: 42, koladaId: null, countyCode: '17', hasGenderSplit: false }]
		]),
		countyNames: new Map([
			['17', 'Värmlands län'],
			['20', 'Dalarnas län']
		])
	};
}

const spec = (ctx = context()) => measurementImportSpec(ctx, { name: 'test.csv', source: 'Test' });

describe('reading measurement files', () => {
	test('UTF-8, commas, Swedish headers; an empty value is missing (null), not zero', async () => {
		const { preview, rows } = await prepareImport(spec(), fixture('utf8.csv'));
		expect(preview.errors).toEqual([]);
		expect(preview).toMatchObject({
			format: 'csv',
			encoding: 'utf-8',
			delimiter: ',',
			decimalComma: false,
			rows: 4,
			validRows: 4,
			invalidRows: 0,
			ignoredColumns: []
		});
		expect(preview.columns.map((c) => [c.key, c.header])).toEqual([
			['kpi', 'nyckeltal'],
			['area', 'område'],
			['period', 'år'],
			['gender', 'kön'],
			['value', 'värde'],
			['count', null],
			['status', null]
		]);
		expect(rows).toEqual([
			{
				kpi: 'N20402',
				area: '1715',
				period: 2022,
				gender: 'T',
				value: 6395.3,
				count: null,
				status: null
			},
			{
				kpi: 'N20402',
				area: '1730',
				period: 2022,
				gender: 'T',
				value: 4477.6,
				count: null,
				status: null
			},
			{
				kpi: 'N20402',
				area: '1780',
				period: 2022,
				gender: 'T',
				value: 7212.5,
				count: null,
				status: null
			},
			{
				kpi: 'N20402',
				area: '1737',
				period: 2022,
				gender: 'T',
				value: null,
				count: null,
				status: null
			}
		]);
	});

	test('UTF-8 with BOM, semicolons, decimal commas', async () => {
		const { preview, rows } = await prepareImport(spec(), fixture('utf8-bom.csv'));
		expect(preview).toMatchObject({
			encoding: 'utf-8-bom',
			delimiter: ';',
			decimalComma: true,
			errors: []
		});
		expect(rows.map((r) => [r.area, r.value])).toEqual([
			['1715', 19.779],
			['1730', 15.763],
			['1737', 18.862]
		]);
	});

	test('Windows-1252 with å/ä/ö in the headers; an unknown column is ignored and named', async () => {
		const { preview, rows } = await prepareImport(spec(), fixture('windows-1252.csv'));
		expect(preview).toMatchObject({ encoding: 'windows-1252', errors: [] });
		expect(preview.ignoredColumns).toEqual(['kommunnamn']);
		expect(rows.map((r) => [r.area, r.value])).toEqual([
			['1765', 5117],
			['1785', 5954.6],
			['1784', 5108.3]
		]);
	});

	test('Swedish Excel: spaces between thousands, count and status, an empty value', async () => {
		const { preview, rows } = await prepareImport(spec(), fixture('semicolon-decimal-comma.csv'));
		expect(preview.errors).toEqual([]);
		expect(rows).toEqual([
			{
				kpi: 'N20402',
				area: '1715',
				period: 2021,
				gender: 'T',
				value: 6428.3,
				count: null,
				status: null
			},
			{
				kpi: 'N20402',
				area: '1715',
				period: 2021,
				gender: 'K',
				value: null,
				count: null,
				status: 'Saknas'
			},
			{
				kpi: 'N20402',
				area: '0017',
				period: 2021,
				gender: 'T',
				value: 6577.6,
				count: null,
				status: null
			},
			{
				kpi: 'N21704',
				area: '1715',
				period: 2021,
				gender: 'T',
				value: 18.564,
				count: null,
				status: null
			}
		]);
	});

	test('XLSX made with exceljs: leading zeros that Excel dropped come back', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Blad1');
		sheet.addRow(['KPI', 'Kommun', 'Period', 'Kön', 'Värde', 'Antal']);
		sheet.addRow(['N20402', 1715, 2022, 'k', 6395.3, 12]);
		sheet.addRow(['n20402', 17, 2022, 'T', { formula: 'ROUND(6582.64,1)', result: 6582.6 }, null]);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const { preview, rows } = await prepareImport(spec(), { name: 'värden.xlsx', bytes });
		expect(preview).toMatchObject({ format: 'xlsx', sheet: 'Blad1', errors: [], rows: 2 });
		expect(rows).toEqual([
			{
				kpi: 'N20402',
				area: '1715',
				period: 2022,
				gender: 'K',
				value: 6395.3,
				count: 12,
				status: null
			},
			{
				kpi: 'N20402',
				area: '0017',
				period: 2022,
				gender: 'T',
				value: 6582.6,
				count: null,
				status: null
			}
		]);
	});

	test('without a gender column every value is the total (T)', async () => {
		const bytes = new TextEncoder().encode('kpi;area;period;value\nN21704;1780;2022;17,2\n');
		const { preview, rows } = await prepareImport(spec(), { name: 'x.csv', bytes });
		expect(preview.errors).toEqual([]);
		expect(rows[0]).toMatchObject({ gender: 'T', value: 17.2 });
	});
});

describe('every bad row is reported with row, column, value and a Swedish message', () => {
	test('errors.csv: all of them, in order, none written', async () => {
		const prepared = await prepareImport(spec(), fixture('errors.csv'));
		const { preview } = prepared;
		expect(preview.errors).toEqual([
			{
				row: 3,
				column: 'kpi',
				value: 'X99999',
				message:
					'Nyckeltalet "X99999" finns inte i Nära. Ange ett Kolada-id ur katalogen, t.ex. N20402.'
			},
			{
				row: 4,
				column: 'area',
				value: '9999',
				message:
					'Området "9999" är inte ett känt Kolada-id för en kommun, en region eller riket (0000).'
			},
			{
				row: 5,
				column: 'period',
				value: '1989',
				message: 'Perioden ska vara ett år från 1990 till 2100.'
			},
			{
				row: 6,
				column: 'gender',
				value: 'X',
				message: 'Kön ska vara T (totalt), K (kvinnor) eller M (män).'
			},
			{
				row: 7,
				column: 'value',
				value: 'abc',
				message:
					'Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
			},
			{
				row: 9,
				column: 'kpi',
				value: 'N20402',
				message: 'Raden har samma nyckeltal, område, period och kön som rad 2. Ta bort den ena.'
			},
			{
				row: 10,
				column: 'gender',
				value: 'K',
				message: 'Nyckeltalet N20897 delas inte upp på kön: bara T (totalt) går att läsa in.'
			},
			{ row: 12, column: 'kpi', value: '', message: 'Ange nyckeltalets id, t.ex. N20402.' },
			{
				row: 12,
				column: 'period',
				value: '20x2',
				message: 'Perioden ska vara ett årtal med fyra siffror, t.ex. 2022.'
			},
			{
				row: 12,
				column: 'value',
				value: '1,2,3',
				message:
					'Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
			}
		]);
		expect(preview).toMatchObject({ rows: 9, validRows: 1, invalidRows: 8 });
		expect(preview.sample.map((s) => [s.row, s.value === null])).toEqual([
			[2, false],
			[3, true],
			[4, true],
			[5, true],
			[6, true],
			[7, true],
			[9, true],
			[10, true],
			[12, true]
		]);
		expect(formatError(preview.errors[0]!)).toBe(
			'Rad 3, kolumn "kpi" ("X99999"): Nyckeltalet "X99999" finns inte i Nära. Ange ett Kolada-id ur katalogen, t.ex. N20402.'
		);
	});

	test('one bad row among 500: that row is listed, and the import refuses to write', async () => {
		let written = 0;
		const s = spec();
		const prepared = await prepareImport(s, fixture('bad-row-among-500.csv'));
		expect(prepared.preview).toMatchObject({ rows: 500, validRows: 499, invalidRows: 1 });
		expect(prepared.preview.errors).toEqual([
			{
				row: 312,
				column: 'value',
				value: 'saknas',
				message:
					'Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
			}
		]);
		const counting: Pick<ImportSpec<unknown, void>, 'write'> = {
			async write() {
				written++;
			}
		};
		await expect(commitImport(null as never, counting, prepared)).rejects.toThrow(
			'an import with errors is never written'
		);
		expect(written).toBe(0);
	});

	test('the same 500 rows without the mistake are all valid; the preview shows the first 20', async () => {
		const { preview, rows } = await prepareImport(spec(), fixture('good-500.csv'));
		expect(preview).toMatchObject({ rows: 500, validRows: 500, errors: [] });
		expect(rows[310]).toMatchObject({ area: '0160', period: 2006, value: 9.568 });
		expect(preview.sample).toHaveLength(SAMPLE_ROWS);
		expect(preview.sample[0]).toEqual({
			row: 2,
			value: {
				kpi: 'N23801',
				area: '0114',
				period: 1998,
				gender: 'T',
				value: 18,
				count: null,
				status: null
			}
		});
		expect(
			formatPreview(preview, (r) => `${r.kpi} ${r.area} ${r.period} ${r.gender} ${r.value}`, 2)
		).toEqual([
			'good-500.csv: CSV, UTF-8, semikolon mellan kolumnerna, decimalkomma',
			'Kolumner: kpi, area, period, gender, value',
			'Rader: 500 (500 giltiga, 0 med fel)',
			'  rad 2: N23801 0114 1998 T 18',
			'  rad 3: N23801 0114 1999 T 15'
		]);
	});

	test('a file without a required column: the header row is the error, no row is read', async () => {
		const bytes = new TextEncoder().encode('nyckeltal;år;värde\nN20402;2022;1\n');
		const { preview, rows } = await prepareImport(spec(), { name: 'x.csv', bytes });
		expect(rows).toEqual([]);
		expect(preview.errors).toEqual([
			{
				row: 1,
				column: 'area',
				value: '',
				message:
					'Kolumnen "area" saknas i rubrikraden (den får också heta "område", "area_id", "kommun").'
			}
		]);
	});

	test('a column given twice is an error', async () => {
		const bytes = new TextEncoder().encode(
			'kpi;Nyckeltal;area;period;value\nN20402;N20402;1715;2022;1\n'
		);
		const { preview } = await prepareImport(spec(), { name: 'x.csv', bytes });
		expect(preview.errors).toEqual([
			{
				row: 1,
				column: 'Nyckeltal',
				value: 'Nyckeltal',
				message:
					'Kolumnen "kpi" finns flera gånger ("kpi", "Nyckeltal"). Ta bort den som inte ska läsas in.'
			}
		]);
	});

	test.each([
		['an empty file', new Uint8Array(), 'Filen är tom.'],
		[
			'a header only',
			new TextEncoder().encode('kpi;area;period;value\n'),
			'Filen har en rubrikrad men inga rader att läsa in.'
		]
	])('%s', async (_, bytes, message) => {
		const { preview } = await prepareImport(spec(), { name: 'x.csv', bytes });
		expect(preview.errors).toEqual([{ row: 0, column: '', value: '', message }]);
		expect(formatError(preview.errors[0]!)).toBe(`Filen: ${message}`);
	});

	test('a coordinator may import only for their own county’s areas, never Riket', async () => {
		const coordinator: Actor = {
			kind: 'user',
			userId: 1,
			email: 'a@b.se',
			name: 'A',
			via: 'session',
			roles: [{ countyCode: '17', organisationId: null, role: 'coordinator' }]
		};
		const bytes = new TextEncoder().encode(
			'kpi;area;period;value\nN20402;1780;2022;1\nN20402;2080;2022;1\nN20402;0000;2022;1\n42;1780;2022;3\n42;2080;2022;3\n'
		);
		const { preview } = await prepareImport(spec(context(coordinator)), { name: 'x.csv', bytes });
		expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
			[
				3,
				'area',
				'Du får inte läsa in värden för Dalarnas län, bara för län där du är samordnare eller administratör.'
			],
			[4, 'area', 'Värden för riket (0000) läses in av systemet, inte av en användare.'],
			[
				6,
				'area',
				'Du får inte läsa in värden för Dalarnas län, bara för län där du är samordnare eller administratör.'
			]
		]);
	});

	test('a county’s own indicator (by its id in Nära) takes values only for that county', async () => {
		const bytes = new TextEncoder().encode(
			'kpi;area;period;value\n42;1780;2022;3\n42;2080;2022;3\n'
		);
		const { preview, rows } = await prepareImport(spec(), { name: 'x.csv', bytes });
		expect(preview.errors.map((e) => [e.row, e.message])).toEqual([
			[3, 'Nyckeltalet är Värmlands läns eget: värden kan bara läsas in för områden i det länet.']
		]);
		expect(rows.map((r) => r.kpi)).toEqual(['42']);
	});
});

describe('the core is generic: any row schema and writer', () => {
	test('a spec of its own, with its own columns and messages', async () => {
		const s = {
			columns: [{ key: 'name', name: 'namn', aliases: ['name'], required: true }],
			schema: z.object({ name: z.string().min(2, { error: 'Namnet är för kort.' }) })
		};
		const bytes = new TextEncoder().encode('Namn\nAnna\nB\n');
		const { preview, rows } = await prepareImport(s, { name: 'n.csv', bytes });
		expect(rows).toEqual([{ name: 'Anna' }]);
		expect(preview.errors).toEqual([
			{ row: 3, column: 'Namn', value: 'B', message: 'Namnet är för kort.' }
		]);
	});

	test('a very long bad cell is shortened in the message', async () => {
		const s = {
			columns: [{ key: 'n', name: 'n', aliases: [], required: true }],
			schema: z.object({ n: z.string().max(5, { error: 'För långt.' }) })
		};
		const long = 'å'.repeat(1000);
		const { preview } = await prepareImport(s, {
			name: 'n.csv',
			bytes: new TextEncoder().encode(`n\n${long}\n`)
		});
		expect(preview.errors[0]!.value).toBe(`${'å'.repeat(200)}…`);
	});
});
