import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { initiativeFunding, initiatives } from '../initiatives/tables.ts';
import { fundsReport } from './read.server.ts';
import { fundsWorkbook } from './workbook.server.ts';

/**
 * The account of the agreement's funds read from Värmland's inventory (the
 * seed has no funding rows there): two years, one row without an amount, a
 * row of another source, an internal and an archived initiative.
 */

const database = databaseForFile();
const { reader } = castForFile(database, 'reader');
const ids: Record<string, number> = {};

async function initiative(
	title: string,
	lead: number,
	over: Partial<typeof initiatives.$inferInsert>,
	funding: { year: number; fundingSource: string; amountSek: number | null; note?: string }[]
) {
	const [row] = await database.db
		.insert(initiatives)
		.values({
			countyCode: '17',
			title,
			leadOrganisationId: lead,
			level: 'local',
			phase: 'running',
			...over
		})
		.returning({ id: initiatives.id });
	ids[title] = row!.id;
	await database.db
		.insert(initiativeFunding)
		.values(funding.map((f) => ({ initiativeId: row!.id, ...f })));
}

beforeAll(async () => {
	const region = await organisationId(database.db, 'Region Värmland');
	const arvika = await organisationId(database.db, 'Arvika kommun');
	await initiative(
		'Mobila team',
		region,
		{ developmentAreas: ['bridging', 'digital'], updatedAt: new Date('2024-06-10T10:00:00Z') },
		[
			{ year: 2023, fundingSource: 'Statliga stimulansmedel', amountSek: 1_000_000 },
			{ year: 2024, fundingSource: 'Statliga stimulansmedel', amountSek: 1_500_000 },
			{ year: 2024, fundingSource: 'Egen budget', amountSek: 300_000 }
		]
	);
	await initiative('Äldrelots', arvika, { updatedAt: new Date('2024-02-01T10:00:00Z') }, [
		{ year: 2024, fundingSource: 'Stimulansmedel', amountSek: null, note: 'Beslutas i höst' }
	]);
	await initiative(
		'Intern pilot',
		arvika,
		{ visibility: 'internal', developmentAreas: ['digital'] },
		[{ year: 2024, fundingSource: 'Statsbidrag', amountSek: 700_000 }]
	);
	await initiative('Avslutad och arkiverad', arvika, { archivedAt: new Date() }, [
		{ year: 2024, fundingSource: 'Stimulansmedel', amountSek: 9_000_000 }
	]);
});

async function report(actor = anonymous, query: Record<string, unknown> = { year: '2024' }) {
	const r = await fundsReport(database.db, actor, 'varmland', query);
	if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
	return r.value;
}

describe('the account of the agreement’s funds', () => {
	test('a visitor: public initiatives, known sums, the unknown amount listed, never 0', async () => {
		const r = await report();
		expect(r.year).toBe(2024);
		expect(r.years).toEqual([2024, 2023]);
		expect(r.total).toEqual({ amountSek: 1_500_000, initiatives: 2, rowsWithoutAmount: 1 });
		expect(r.source).toEqual({
			description: 'Värmlands läns inventering i Nära: insatsernas finansieringsrader',
			lastChanged: '2024-06-10'
		});
		expect(
			r.initiatives.map((i) => [
				i.id,
				i.title,
				i.leadOrganisation,
				i.amountSek,
				i.rowsWithoutAmount
			])
		).toEqual([
			[ids['Mobila team'], 'Mobila team', 'Region Värmland', 1_500_000, 0],
			[ids['Äldrelots'], 'Äldrelots', 'Arvika kommun', null, 1]
		]);
		expect(
			r.byOrganisation.map((o) => [o.name, o.amountSek, o.initiatives, o.rowsWithoutAmount])
		).toEqual([
			['Arvika kommun', null, 1, 1],
			['Region Värmland', 1_500_000, 1, 0]
		]);
		expect(r.byDevelopmentArea.map((a) => [a.developmentArea, a.amountSek, a.initiatives])).toEqual(
			[
				['bridging', 1_500_000, 1],
				['digital', 1_500_000, 1],
				[null, null, 1]
			]
		);
		expect(r.missing).toEqual([
			{
				initiativeId: ids['Äldrelots'],
				title: 'Äldrelots',
				leadOrganisation: 'Arvika kommun',
				year: 2024,
				fundingSource: 'Stimulansmedel',
				amountSek: null,
				note: 'Beslutas i höst',
				changedOn: '2024-02-01'
			}
		]);
	});

	test('someone with a role in the county sees the internal initiative too; archived ones count for no one', async () => {
		const r = await report(reader.actor);
		expect(r.total).toEqual({ amountSek: 2_200_000, initiatives: 3, rowsWithoutAmount: 1 });
		expect(r.initiatives.map((i) => i.title)).toContain('Intern pilot');
		expect(r.initiatives.map((i) => i.title)).not.toContain('Avslutad och arkiverad');
	});

	test('the other year, and the newest year when none is asked for', async () => {
		const r2023 = await report(anonymous, { year: 2023 });
		expect(r2023.total).toEqual({ amountSek: 1_000_000, initiatives: 1, rowsWithoutAmount: 0 });
		expect(r2023.missing).toEqual([]);
		expect((await report(anonymous, {})).year).toBe(2024);
		const empty = await report(anonymous, { year: '2019' });
		expect(empty.total).toEqual({ amountSek: null, initiatives: 0, rowsWithoutAmount: 0 });
		expect(empty.source.lastChanged).toBeNull();
	});

	test('a year that is not a year, and an unknown county, are refused', async () => {
		expect(await fundsReport(database.db, anonymous, '17', { year: 'tjugo' })).toMatchObject({
			kind: 'invalid',
			fields: { year: ['Skriv året som ett årtal, t.ex. 2024.'] }
		});
		expect(await fundsReport(database.db, anonymous, '17', { year: '1800' })).toMatchObject({
			kind: 'invalid',
			fields: { year: ['Året ska vara 1990 eller senare.'] }
		});
		expect(await fundsReport(database.db, anonymous, '99', {})).toMatchObject({
			kind: 'not_found'
		});
	});

	test('the workbook: its five sheets, amounts as numbers in kronor format, unknown as text', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await fundsWorkbook(await report(), 'https://nara.example')) as never);
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Insatser',
			'Per organisation',
			'Per utvecklingsområde',
			'Saknar uppgifter',
			'Om filen'
		]);
		const list = book.getWorksheet('Insatser')!;
		expect(list.getRow(1).values).toEqual([
			undefined,
			'År',
			'Insats',
			'Ansvarig organisation',
			'Utvecklingsområden',
			'Belopp (kr)',
			'Rader utan belopp',
			'Finansieringskällor',
			'Ändrad',
			'Adress i Nära'
		]);
		expect(list.getCell('A2').value).toBe(2024);
		expect(list.getCell('E2').value).toBe(1_500_000);
		expect(list.getCell('E2').numFmt).toBe('#,##0');
		expect(list.getCell('E3').value).toBe('uppgift saknas');
		expect(list.getCell('I2').value).toBe(
			`https://nara.example/lan/varmland/insatser/${ids['Mobila team']}`
		);
		const missing = book.getWorksheet('Saknar uppgifter')!;
		expect(missing.rowCount).toBe(2);
		expect(missing.getCell('B2').value).toBe('Äldrelots');
		const about = book.getWorksheet('Om filen')!;
		const described = about.getColumn(2).values.slice(2);
		for (const column of ['Belopp (kr)', 'Organisation', 'Utvecklingsområde', 'Saknas', 'Blankett'])
			expect(described).toContain(column);
	});
});
