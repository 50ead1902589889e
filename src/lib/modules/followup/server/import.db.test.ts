import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile } from '../../../../../tests/kit/cast.ts';
import { anonymous, systemActor } from '../../../core/actor.ts';
import { auditLog } from '../../../platform/db/tables.ts';
import { insertRows } from '../../../platform/imports/bulk.ts';
import { commitImport, prepareImport } from '../../../platform/imports/core.ts';
import { projectRoot } from '../../../platform/paths.ts';
import { importMeasurements, loadImportContext, measurementImportSpec } from './import.ts';

/** The measurement import against the seeded database: all or nothing. */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
const system = systemActor('nara import');

const fixture = (name: string) => ({
	name,
	bytes: new Uint8Array(
		readFileSync(path.join(projectRoot(), 'tests', 'imports', 'fixtures', name))
	)
});

/** Every measurement, as text, to compare before and after. */
async function snapshot(): Promise<string> {
	const [r] = await database.db.execute<{ n: number; h: string }>(
		sql`select count(*)::int n, md5(string_agg(concat_ws('|', indicator_id, area_id, period, gender, value, count, status, source, imported_at), ',' order by indicator_id, area_id, period, gender)) h from measurements`
	);
	return `${r!.n}:${r!.h}`;
}

/** What an import that ran to the end reports (it throws for any other outcome). */
async function imported(...args: Parameters<typeof importMeasurements>) {
	const r = await importMeasurements(...args);
	if (r.kind !== 'ok' || r.value.status !== 'done') throw new Error(JSON.stringify(r));
	return r.value.result;
}

const importAudits = () =>
	database.db.select().from(auditLog).where(eq(auditLog.entityType, 'measurements'));

async function value(kpi: string, area: string, period: number, gender = 'T') {
	const [r] = await database.db.execute<{
		value: number | null;
		source: string;
		count: number | null;
		status: string | null;
	}>(
		sql`select m.value, m.source, m.count, m.status from measurements m join indicators i on i.id = m.indicator_id
		where i.kolada_id = ${kpi} and m.area_id = ${area} and m.period = ${period} and m.gender = ${gender}`
	);
	return r;
}

describe('all or nothing', () => {
	test('one bad row among 500: nothing is written, and the row is listed', async () => {
		const before = await snapshot();
		const r = await importMeasurements(database.db, system, fixture('bad-row-among-500.csv'));
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value.status).toBe('invalid');
		expect(r.value.preview.errors).toEqual([
			{
				row: 312,
				column: 'value',
				value: 'saknas',
				message:
					'Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
			}
		]);
		expect(await snapshot()).toBe(before);
		expect(await importAudits()).toEqual([]);
	});

	test('a dry run of a good file writes nothing either', async () => {
		const before = await snapshot();
		const r = await importMeasurements(database.db, system, fixture('good-500.csv'), {
			dryRun: true
		});
		expect(r).toMatchObject({
			kind: 'ok',
			value: { status: 'preview', preview: { validRows: 500 } }
		});
		expect(await snapshot()).toBe(before);
	});

	test('a failure while writing rolls everything back', async () => {
		const before = await snapshot();
		const ctx = await loadImportContext(database.db, system);
		const spec = measurementImportSpec(ctx, { name: 'x.csv', source: 'Test' });
		const prepared = await prepareImport(spec, fixture('good-500.csv'));
		const failing = {
			async write(tx: Parameters<typeof spec.write>[0], rows: Parameters<typeof spec.write>[1]) {
				await spec.write(tx, rows, () => {});
				// the database refuses a row after the 500 are in: nothing may remain
				await insertRows(
					tx,
					'measurements',
					[
						['indicator_id', 'integer'],
						['area_id', 'varchar(4)'],
						['period', 'smallint'],
						['gender', 'varchar(1)'],
						['source', 'text']
					],
					[[ctx.indicators.get('N23801')!.id, '1780', 2022, 'X', 'Test']]
				);
			}
		};
		const error = await commitImport(database.db, failing, prepared).catch((e: unknown) => e);
		expect((error as { cause?: { constraint_name?: string } }).cause?.constraint_name).toBe(
			'measurement_gender'
		);
		expect(await snapshot()).toBe(before);
		expect(await importAudits()).toEqual([]);
	});
});

describe('importing', () => {
	test('500 rows: replaced in one go, with their source and import time, audited once', async () => {
		expect(await value('N23801', '0160', 2006)).toMatchObject({ value: 9.568, source: 'Kolada' });
		const result = await imported(database.db, system, fixture('good-500.csv'), {
			source: 'Kolada (fil)'
		});
		expect(result).toEqual({
			rows: 500,
			inserted: 0,
			updated: 500,
			source: 'Kolada (fil)'
		});
		expect(await value('N23801', '0160', 2006)).toMatchObject({
			value: 9.568,
			source: 'Kolada (fil)'
		});
		const entries = await importAudits();
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'import',
			actorLabel: 'nara import',
			entityId: 'good-500.csv',
			// all 500 rows are for municipalities of Stockholm county
			countyCode: '01',
			after: { rows: 500, inserted: 0, updated: 500, indicators: ['N23801'] }
		});
	});

	test('an XLSX with women and men, count and status; an empty value is stored as missing', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Fallskador');
		sheet.addRow(['Nyckeltal', 'Kommun', 'År', 'Kön', 'Värde', 'Antal', 'Status']);
		sheet.addRow(['N20402', 1780, 2022, 'K', 7400.2, 310, null]);
		sheet.addRow(['N20402', 1780, 2022, 'M', 6900.1, 180, null]);
		sheet.addRow(['N20402', 1715, 2022, 'K', null, null, 'Uppgift saknas']);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const result = await imported(database.db, coordinator.actor, { name: 'fall.xlsx', bytes });
		expect(result).toMatchObject({
			rows: 3,
			inserted: 3,
			updated: 0,
			source: 'Fil: fall.xlsx'
		});
		expect(await value('N20402', '1780', 2022, 'K')).toEqual({
			value: 7400.2,
			source: 'Fil: fall.xlsx',
			count: 310,
			status: null
		});
		expect(await value('N20402', '1715', 2022, 'K')).toEqual({
			value: null,
			source: 'Fil: fall.xlsx',
			count: null,
			status: 'Uppgift saknas'
		});
		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'measurements'), eq(auditLog.entityId, 'fall.xlsx')));
		expect(entry).toMatchObject({ actorUserId: coordinator.actor.userId, countyCode: '17' });
	});

	test('hostile text in a cell is stored as it was written', async () => {
		const hostile = '=HYPERLINK("x");"><img onerror=alert(1)> {a,b} \\ NULL 😀 עברית';
		const bytes = new TextEncoder().encode(
			`kpi;area;period;value;status\nN21704;1780;2021;18,5;"${hostile.replace(/"/g, '""')}"\n`
		);
		const r = await importMeasurements(database.db, system, { name: 'x.csv', bytes });
		expect(r).toMatchObject({ kind: 'ok', value: { status: 'done' } });
		expect(await value('N21704', '1780', 2021)).toMatchObject({ value: 18.5, status: hostile });
	});

	test('a coordinator’s file with another county’s area writes nothing', async () => {
		const before = await snapshot();
		const bytes = new TextEncoder().encode(
			'kpi;kommun;år;värde\nN21704;1780;2022;18\nN21704;2080;2022;19\n'
		);
		const r = await importMeasurements(database.db, coordinator.actor, { name: 'x.csv', bytes });
		expect(r).toMatchObject({ kind: 'ok', value: { status: 'invalid' } });
		expect(
			r.kind === 'ok' && r.value.preview.errors.map((e) => [e.row, e.column, e.value])
		).toEqual([[3, 'kommun', '2080']]);
		expect(await snapshot()).toBe(before);
	});

	test.each([
		['anonymous', () => anonymous],
		['a reader', () => reader.actor]
	])('%s may not import', async (_, who) => {
		expect(await importMeasurements(database.db, who(), fixture('utf8.csv'))).toEqual({
			kind: 'forbidden',
			message: 'Du har inte behörighet att göra det här.'
		});
	});
});
