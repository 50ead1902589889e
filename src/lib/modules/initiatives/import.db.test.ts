import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, eq, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile } from '../../../../tests/kit/cast.ts';
import { anonymous, systemActor } from '../../core/actor.ts';
import { toCsv } from '../../platform/csv.ts';
import { auditLog, initiatives } from '../../app/tables.ts';
import { projectRoot } from '../../platform/paths.ts';
import { EXPORT_COLUMNS } from './domain/export.ts';
import { OPEN_DATA_COLUMNS } from './domain/open-data-columns.ts';
import { exportInitiatives } from './export.server.ts';
import { catalogueCounties, openData } from './open-data.server.ts';
import { exportWorkbook } from './workbook.server.ts';
import { importInitiatives } from './import.server.ts';

/**
 * The inventory import against a real database: all or nothing, every bad
 * row listed, 500 rows in one go, roles, staged files, and what the exports
 * and the open data make of the imported rows. The files are the corpus in
 * tests/imports/initiatives/.
 */

const database = databaseForFile();
const {
	coordinator,
	editor: arvikaEditor,
	reader
} = castForFile(database, 'coordinator', 'editor', 'reader');
const system = systemActor('test');

const file = (name: string) => ({
	name,
	bytes: new Uint8Array(
		readFileSync(path.join(projectRoot(), 'tests', 'imports', 'initiatives', name))
	)
});

const countTitled = async (word: string) =>
	(
		await database.db
			.select({ n: sql<number>`count(*)::int` })
			.from(initiatives)
			.where(like(initiatives.title, `${word}%`))
	)[0]!.n;

const auditCount = () => rowCount(database.db);

describe('all or nothing', () => {
	test('one bad row among 500 writes nothing and lists that row; the fixed file imports all 500', async () => {
		const before = await auditCount();
		const bad = await importInitiatives(
			database.db,
			coordinator.actor,
			'17',
			file('bad-row-among-500.csv')
		);
		expect(bad.kind).toBe('ok');
		if (bad.kind !== 'ok') return;
		expect(bad.value.status).toBe('invalid');
		expect(bad.value.preview.errors).toEqual([
			{
				row: 312,
				column: 'Kommuner',
				value: 'Oslo',
				message:
					'"Oslo" är ingen kommun i Värmlands län. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).'
			}
		]);
		expect(await countTitled('Korpusinsats')).toBe(0);
		expect(await auditCount()).toBe(before);

		const started = Date.now();
		const steps = new Set<string>();
		const good = await importInitiatives(
			database.db,
			coordinator.actor,
			'varmland',
			file('good-500.csv'),
			{ progress: (step) => steps.add(step) }
		);
		const ms = Date.now() - started;
		expect(good.kind).toBe('ok');
		if (good.kind !== 'ok' || good.value.status !== 'done') throw new Error(JSON.stringify(good));
		expect(good.value.result.created).toBe(500);
		expect(ms, '500 rows are read, checked and written in a few seconds').toBeLessThan(10_000);
		expect([...steps]).toEqual(['Läser filen', 'Kontrollerar raderna', 'Skriver']);
		expect(await countTitled('Korpusinsats')).toBe(500);
		// one entry per initiative and one for the import
		expect(await auditCount()).toBe(before + 501);
		const [summary] = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'import'), eq(auditLog.entityId, 'good-500.csv')));
		expect(summary!.after).toMatchObject({ file: 'good-500.csv', rows: 500, created: 500 });

		const [first] = await database.db
			.select()
			.from(initiatives)
			.where(eq(initiatives.id, good.value.result.ids[1]!));
		expect(first).toMatchObject({
			title: 'Korpusinsats 002: Mobila team i Arvika',
			countyCode: '17',
			level: 'county',
			phase: 'idea',
			goalAreas: ['psykisk-halsa'],
			developmentAreas: ['digital'],
			focusShifts: ['proactive'],
			source: null,
			sourceLocator: 'Inläst från filen good-500.csv, rad 3',
			revision: 1
		});
		const [entry] = await auditOf(database.db, 'initiative', first!.id);
		expect(entry).toMatchObject({ action: 'create', countyCode: '17' });
		expect(entry!.after).toMatchObject({
			lead: 'Arvika kommun',
			partners: ['Region Värmland'],
			municipalities: ['Arvika kommun'],
			funding: [{ year: 2023, fundingSource: 'Samordningsförbundet', amountSek: 800000 }]
		});

		// the same file again: every title exists now, and each is a warning, as in the form
		const again = await importInitiatives(
			database.db,
			coordinator.actor,
			'17',
			file('good-500.csv'),
			{ dryRun: true }
		);
		if (again.kind !== 'ok') throw new Error('not ok');
		expect(again.value.status).toBe('preview');
		expect(again.value.preview.errors).toEqual([]);
		expect(again.value.preview.warnings).toHaveLength(500);
		expect(again.value.preview.warnings[0]).toMatchObject({
			row: 2,
			column: 'Namn',
			message: expect.stringContaining('Det finns redan en insats som heter')
		});
	});

	test('a file saved by Swedish Excel (Windows-1252, semicolons, decimal commas) imports correctly', async () => {
		const dry = await importInitiatives(
			database.db,
			coordinator.actor,
			'17',
			file('swedish-excel.csv'),
			{ dryRun: true }
		);
		if (dry.kind !== 'ok') throw new Error('not ok');
		expect(dry.value.status).toBe('preview');
		expect(await countTitled('Excelinsats')).toBe(0);
		const run = await importInitiatives(
			database.db,
			coordinator.actor,
			'17',
			file('swedish-excel.csv')
		);
		if (run.kind !== 'ok' || run.value.status !== 'done') throw new Error('not done');
		const exported = await exportInitiatives(
			database.db,
			coordinator.actor,
			'17',
			{ q: 'Excelinsats' },
			'https://nara.exempel.se'
		);
		if (exported.kind !== 'ok') throw new Error('not ok');
		const sunne = exported.value.items.find((i) => i.title.endsWith('Sunne'))!;
		expect(sunne).toMatchObject({
			title: 'Excelinsats Äldreomsorg – Sunne',
			lead: { name: 'Region Värmland' },
			partners: [{ name: 'Sunne kommun' }],
			otherPartners: ['Föreningen Ängsbacken'],
			municipalities: [{ name: 'Sunne kommun', code: '1766' }],
			funding: [
				{ year: 2023, fundingSource: 'Statliga stimulansmedel', amountSek: 1500000 },
				{ year: 2024, fundingSource: 'Egen budget', amountSek: 250000 }
			],
			goodExample: true,
			url: `https://nara.exempel.se/lan/varmland/insatser/${sunne.id}`
		});
	});

	test('UTF-8 with and without BOM, and XLSX', async () => {
		for (const [name, word, n] of [
			['utf8-bom.csv', 'Bominsats', 2],
			['utf8.csv', 'Utf8insats', 2],
			['initiatives.xlsx', 'Xlsxinsats', 2]
		] as const) {
			const run = await importInitiatives(database.db, coordinator.actor, '17', file(name));
			if (run.kind !== 'ok') throw new Error(name);
			expect(run.value.status, name).toBe('done');
			expect(await countTitled(word), name).toBe(n);
		}
	});
});

describe('who may import', () => {
	test('anonymous visitors and readers may not; an editor only rows their organisation leads', async () => {
		for (const actor of [anonymous, reader.actor]) {
			const r = await importInitiatives(database.db, actor, '17', file('hostile.csv'));
			expect(r.kind).toBe('forbidden');
		}
		const regions = await importInitiatives(
			database.db,
			arvikaEditor.actor,
			'17',
			{
				name: 'blandat.csv',
				bytes: new TextEncoder().encode(
					'Namn;Ansvarig organisation;Nivå;Fas\nRedaktörsinsats 1;Arvika kommun;Lokal;Idé\nRedaktörsinsats 2;Region Värmland;Lokal;Idé\nRedaktörsinsats 3;;Lokal;Idé\n'
				)
			},
			{ dryRun: true }
		);
		if (regions.kind !== 'ok') throw new Error('not ok');
		expect(regions.value.preview.errors).toEqual([
			{
				row: 3,
				column: 'Ansvarig organisation',
				value: 'Region Värmland',
				message:
					'Du får bara läsa in insatser som din egen organisation leder, inte Region Värmlands.'
			},
			{
				row: 4,
				column: 'Ansvarig organisation',
				value: '',
				message:
					'Ange den ansvariga organisationen. Insatser för hela länet utan ansvarig organisation läses in av samordnare.'
			}
		]);
		const own = await importInitiatives(database.db, arvikaEditor.actor, '17', file('hostile.csv'));
		if (own.kind !== 'ok') throw new Error('not ok');
		expect(own.value.status).toBe('done');
		expect(await countTitled('=HYPERLINK(')).toBe(1);
	});

	test('an unknown county is not found', async () => {
		const r = await importInitiatives(database.db, system, '99', file('utf8.csv'));
		expect(r).toMatchObject({ kind: 'not_found' });
	});
});

describe('exports and open data of what was imported', () => {
	test('the Swedish CSV: BOM, semicolons, labels, lists joined, hostile cells neutralised', async () => {
		const e = await exportInitiatives(
			database.db,
			coordinator.actor,
			'17',
			{ q: 'Fientliginsats' },
			'https://nara.exempel.se'
		);
		if (e.kind !== 'ok') throw new Error('not ok');
		const text = toCsv(EXPORT_COLUMNS, e.value.items);
		expect(text.startsWith('\ufeff"Id";"Namn";"Beskrivning";"Ansvarig organisation"')).toBe(true);
		const [header, ...rows] = parse(text.slice(1), { delimiter: ';' }) as string[][];
		const cell = (row: string[], name: string) => row[header!.indexOf(name)];
		const hyperlink = rows.find((r) => cell(r, 'Namn')!.includes('HYPERLINK'))!;
		expect(cell(hyperlink, 'Namn')).toBe(
			`'=HYPERLINK("https://angripare.exempel/","Klicka här") Fientliginsats`
		);
		expect(cell(hyperlink, 'Beskrivning')).toBe(`'+cmd|' /C calc'!A0`);
		expect(cell(hyperlink, 'Andra partner')).toBe(`'@SUM(1+1)`);
		expect(cell(hyperlink, 'Kontaktfunktion')).toBe(`'-2+3`);
		expect(cell(hyperlink, 'Nivå')).toBe('Lokal');
		expect(cell(hyperlink, 'Källa')).toBe(
			'Registrerad i Nära: Inläst från filen hostile.csv, rad 2'
		);

		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			(await exportWorkbook(e.value, 'https://nara.exempel.se')).buffer as ArrayBuffer
		);
		const sheet = book.getWorksheet('Insatser')!;
		const values = (sheet.getRow(1).values as string[]).slice(1);
		const names: string[] = [];
		sheet.eachRow((row, n) => {
			if (n > 1) names.push(String(row.getCell(values.indexOf('Namn') + 1).value));
		});
		expect(names.sort()).toEqual([
			`'=HYPERLINK("https://angripare.exempel/","Klicka här") Fientliginsats`,
			`'@SUM(A1:A9) Fientliginsats två`
		]);
		// no cell anywhere in the workbook is a formula
		for (const s of book.worksheets)
			s.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
	});

	test('internal initiatives are exported only to readers with a role', async () => {
		const asAnonymous = await exportInitiatives(
			database.db,
			anonymous,
			'17',
			{ q: 'Bominsats' },
			''
		);
		const asReader = await exportInitiatives(
			database.db,
			reader.actor,
			'17',
			{ q: 'Bominsats' },
			''
		);
		if (asAnonymous.kind !== 'ok' || asReader.kind !== 'ok') throw new Error('not ok');
		expect(asAnonymous.value.items.map((i) => i.title)).toEqual(['Bominsats Trygg hemgång Kil']);
		expect(asReader.value.items).toHaveLength(2);
	});

	test('open data: public, not archived, English identifiers; a county alone with ?lan', async () => {
		await database.db
			.update(initiatives)
			.set({ archivedAt: new Date() })
			.where(like(initiatives.title, 'Excelinsats Hälsocentral%'));
		const all = await openData(database.db, 'https://nara.exempel.se', null, 'Region Test');
		if (all.kind !== 'ok') throw new Error('not ok');
		const titles = all.value.items.map((i) => i.title);
		expect(titles).toContain('Bominsats Trygg hemgång Kil');
		expect(titles).not.toContain('Bominsats Digital tillsyn Grums');
		expect(titles).not.toContain('Excelinsats Säker läkemedelshantering – Säffle');
		expect(titles).not.toContain('Excelinsats Hälsocentral på hjul – Årjäng');
		expect(titles).toContain('Excelinsats Äldreomsorg – Sunne');
		const kil = all.value.items.find((i) => i.title === 'Bominsats Trygg hemgång Kil')!;
		expect(kil).toMatchObject({
			county_code: '17',
			county: 'Värmlands län',
			lead_organisation: 'Region Värmland',
			municipalities: ['Kils kommun'],
			municipality_codes: ['1715'],
			level: 'local',
			phase: 'running',
			goal_areas: ['trygg-hemgang'],
			url: `https://nara.exempel.se/lan/varmland/insatser/${kil.id}`
		});
		// the JSON's fields are the CSV's columns, with funding as one list instead of three columns
		expect(Object.keys(kil).filter((k) => k !== 'funding')).toEqual(
			OPEN_DATA_COLUMNS.map((c) => c.header).filter((h) => !h.startsWith('funding_'))
		);
		const one = await openData(database.db, 'https://nara.exempel.se', 'dalarna', 'Region Test');
		if (one.kind !== 'ok') throw new Error('not ok');
		// Dalarna's own: its seeded initiatives, none of this file's Värmland imports
		expect(one.value).toMatchObject({ county_code: '20' });
		expect(one.value.count).toBe(one.value.items.length);
		expect(one.value.items.length).toBeGreaterThan(0);
		expect(one.value.items.every((i) => i.county_code === '20')).toBe(true);
		expect(await openData(database.db, '', '99', '')).toMatchObject({ kind: 'not_found' });

		const counties = await catalogueCounties(database.db);
		const varmland = counties.find((c) => c.code === '17')!;
		expect(varmland.count).toBe(all.value.items.filter((i) => i.county_code === '17').length);
		expect(varmland).toMatchObject({ name: 'Värmlands län', slug: 'varmland' });
	});
});
