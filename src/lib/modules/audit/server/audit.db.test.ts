import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { writtenBy } from '../../../../../tests/kit/audit.ts';
import { castForFile } from '../../../../../tests/kit/cast.ts';
import { anonymous, systemActor, type Actor } from '../../../core/actor.ts';
import { auditLog } from '../../../platform/db/tables.ts';
import { audit } from '../../../platform/audit.ts';
import { entriesInBatches } from './queries.ts';
import * as log from './service.ts';

const database = databaseForFile();
const { admin, coordinator, editor, reader, dalarnaAdmin } = castForFile(
	database,
	'admin',
	'coordinator',
	'editor',
	'reader',
	'dalarnaAdmin'
);

const EVENT = 'timeline_event';

beforeAll(async () => {
	const db = database.db;

	// one item's life, then other writes; each in its own statement, so in time order
	const event = { title: 'Vårdcentralen öppnar', body: 'Text', month: null, visibility: 'public' };
	await audit(db, admin.actor, {
		action: 'create',
		entityType: EVENT,
		entityId: 901,
		countyCode: '17',
		before: null,
		after: event
	});
	await audit(db, coordinator.actor, {
		action: 'update',
		entityType: EVENT,
		entityId: 901,
		countyCode: '17',
		before: event,
		after: { ...event, title: 'Vårdcentralen har öppnat', month: 5 }
	});
	await audit(db, coordinator.actor, {
		action: 'create',
		entityType: 'decision',
		entityId: 77,
		countyCode: '17',
		before: null,
		after: { title: 'Beslut om målbilden' }
	});
	await audit(db, systemActor('nara import'), {
		action: 'grant',
		entityType: 'user',
		entityId: reader.actor.userId,
		countyCode: '17',
		before: null,
		after: { role: 'reader', organisationId: null }
	});
	await audit(db, admin.actor, {
		action: 'archive',
		entityType: EVENT,
		entityId: 901,
		countyCode: '17',
		before: { ...event, title: 'Vårdcentralen har öppnat', month: 5 },
		after: null
	});
	// another county's entries are not Värmland's
	await audit(db, dalarnaAdmin.actor, {
		action: 'create',
		entityType: EVENT,
		entityId: 901,
		countyCode: '20',
		before: null,
		after: { title: 'I Dalarna' }
	});
});

const browse = (actor: Actor, query: Record<string, string | undefined> = {}, county = '17') =>
	log.browse(database.db, actor, county, query);

async function entries(query: Record<string, string | undefined>) {
	const result = await browse(admin.actor, query);
	if (result.kind !== 'ok') throw new Error(`${result.kind}: ${JSON.stringify(result)}`);
	return result.value;
}

async function csvText(body: ReadableStream<Uint8Array>): Promise<string> {
	return Buffer.from(await new Response(body).arrayBuffer()).toString('utf8');
}

describe('the log cannot be changed', () => {
	test.each([
		['UPDATE', `update audit_log set actor_label = 'någon annan'`],
		['DELETE', `delete from audit_log`],
		['TRUNCATE', `truncate audit_log`]
	])('%s is refused by the database', async (op, statement) => {
		const [before] =
			await database.sql`select count(*)::int as n, max(actor_label) as label from audit_log`;
		await expect(database.sql.unsafe(statement)).rejects.toThrow(
			`audit_log is append-only: ${op} is not allowed`
		);
		const [after] =
			await database.sql`select count(*)::int as n, max(actor_label) as label from audit_log`;
		expect(after).toEqual(before);
		expect(before!.n).toBeGreaterThan(0);
	});

	test('the service has no use case that writes to the log', () => {
		expect(Object.keys(log).sort()).toEqual(['PAGE_SIZE', 'browse', 'exportCsv', 'history']);
	});
});

describe('who may read it', () => {
	test("only the county's administrators browse and export the log", async () => {
		const refused = {
			kind: 'forbidden',
			message: 'Bara länets administratörer får läsa loggen.'
		};
		for (const actor of [
			anonymous,
			reader.actor,
			editor.actor,
			coordinator.actor,
			dalarnaAdmin.actor
		]) {
			expect(await browse(actor)).toEqual(refused);
			expect(await log.exportCsv(database.db, actor, 'varmland', {})).toEqual(refused);
		}
		expect((await browse(admin.actor)).kind).toBe('ok');
		expect((await browse(dalarnaAdmin.actor, {}, 'dalarna')).kind).toBe('ok');
		expect(await browse(admin.actor, {}, '99')).toEqual({
			kind: 'not_found',
			message: 'Länet 99 finns inte.'
		});
	});

	test("an item's history is for everyone with a role in the county", async () => {
		for (const actor of [reader.actor, editor.actor, coordinator.actor, admin.actor]) {
			const h = await log.history(database.db, actor, 'varmland', EVENT, '901');
			expect(h.kind, actorName(actor)).toBe('ok');
		}
		expect(await log.history(database.db, anonymous, 'varmland', EVENT, '901')).toEqual({
			kind: 'forbidden',
			message: 'Historiken visas för den som har en roll i länet.'
		});
		expect((await log.history(database.db, dalarnaAdmin.actor, '17', EVENT, '901')).kind).toBe(
			'forbidden'
		);
	});

	test("the history of a person's access is for administrators only", async () => {
		const id = String(reader.actor.userId);
		expect(await log.history(database.db, reader.actor, '17', 'user', id)).toEqual({
			kind: 'forbidden',
			message: 'Bara länets administratörer får se historiken för personer och behörigheter.'
		});
		expect((await log.history(database.db, coordinator.actor, '17', 'api_token', '1')).kind).toBe(
			'forbidden'
		);
		const h = await log.history(database.db, admin.actor, '17', 'user', id);
		if (h.kind !== 'ok') throw new Error(h.kind);
		expect(h.value.entries.map((e) => [e.actorLabel, e.action])).toEqual([
			['nara import', 'grant']
		]);
	});
});

const actorName = (a: Actor) => (a.kind === 'user' ? a.name : a.kind);

describe('browsing', () => {
	test("the county's entries, newest first, without other counties'", async () => {
		const page = await entries({});
		expect(page.entries.map((e) => [e.action, e.entityType, e.entityId])).toEqual([
			['archive', EVENT, '901'],
			['grant', 'user', String(reader.actor.userId)],
			['create', 'decision', '77'],
			['update', EVENT, '901'],
			['create', EVENT, '901']
		]);
		expect(page.entries.every((e) => e.countyCode === '17')).toBe(true);
		expect(page).toMatchObject({ total: 5, page: 1, pageCount: 1, pageSize: 50 });
		expect(page.facets).toEqual({
			actions: ['archive', 'create', 'grant', 'update'],
			entityTypes: ['decision', EVENT, 'user']
		});
		// what was recorded comes back as it was written
		expect(page.entries[3]).toMatchObject({
			...writtenBy(coordinator),
			before: { title: 'Vårdcentralen öppnar', month: null },
			after: { title: 'Vårdcentralen har öppnat', month: 5 }
		});
	});

	test.each<[string, Record<string, string>, string[]]>([
		['who, any case', { actor: 'TEST COORDINATOR' }, ['create decision', 'update timeline_event']],
		[
			'who, by e-mail',
			{ actor: '@test.nara.invalid' },
			[
				'archive timeline_event',
				'create decision',
				'update timeline_event',
				'create timeline_event'
			]
		],
		['who: the system', { actor: 'nara import' }, ['grant user']],
		['who: % is a character, not a wildcard', { actor: '%' }, []],
		['who: _ is a character, not a wildcard', { actor: 'Test_' }, []],
		[
			'item type',
			{ entityType: EVENT },
			['archive timeline_event', 'update timeline_event', 'create timeline_event']
		],
		['action', { action: 'create' }, ['create decision', 'create timeline_event']],
		['type and action', { entityType: EVENT, action: 'create' }, ['create timeline_event']],
		['an action that never happened', { action: 'publish' }, []]
	])('filter by %s', async (_name, query, expected) => {
		const page = await entries(query);
		expect(page.entries.map((e) => `${e.action} ${e.entityType}`)).toEqual(expected);
		expect(page.total).toBe(expected.length);
	});

	test('filter by dates, whole days in Swedish time', async () => {
		const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
			new Date()
		);
		const day = (offset: number) => {
			const d = new Date(`${today}T12:00:00Z`);
			d.setUTCDate(d.getUTCDate() + offset);
			return d.toISOString().slice(0, 10);
		};
		expect((await entries({ from: today, to: today })).total).toBe(5);
		expect((await entries({ from: day(1) })).total).toBe(0);
		expect((await entries({ to: day(-1) })).total).toBe(0);
		expect((await entries({ from: day(-1), to: day(1) })).total).toBe(5);
	});

	test('a day ends at midnight in Sweden, not in UTC', async () => {
		// written directly with a time in the past: audit() always records now.
		// 22:30 UTC on 12 March is 23:30 in Sweden (winter); 23:30 UTC is 00:30 on 13 March.
		await database.db.insert(auditLog).values([
			{
				at: new Date('2025-03-12T22:30:00Z'),
				actorLabel: 'tidstest',
				action: 'update',
				entityType: 'midnight',
				entityId: 'sent-12-mars',
				countyCode: '17'
			},
			{
				at: new Date('2025-03-12T23:30:00Z'),
				actorLabel: 'tidstest',
				action: 'update',
				entityType: 'midnight',
				entityId: 'tidigt-13-mars',
				countyCode: '17'
			}
		]);
		const ids = async (q: Record<string, string>) =>
			(await entries({ entityType: 'midnight', ...q })).entries.map((e) => e.entityId);
		expect(await ids({ to: '2025-03-12' })).toEqual(['sent-12-mars']);
		expect(await ids({ from: '2025-03-13' })).toEqual(['tidigt-13-mars']);
		expect(await ids({ from: '2025-03-12', to: '2025-03-13' })).toEqual([
			'tidigt-13-mars',
			'sent-12-mars'
		]);
		expect(await ids({ from: '2025-03-14' })).toEqual([]);
	});

	test.each<[string, Record<string, string>, Record<string, string[]>]>([
		[
			'a date that is not YYYY-MM-DD',
			{ from: '12/3/2025' },
			{ from: ['Från: Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.'] }
		],
		[
			'a day that does not exist',
			{ to: '2025-02-30' },
			{ to: ['Till: datumet finns inte i kalendern.'] }
		],
		[
			'to before from',
			{ from: '2025-03-14', to: '2025-03-01' },
			{ to: ['Till: datumet kan inte vara före Från-datumet.'] }
		],
		[
			'a page that is not a number',
			{ page: 'två' },
			{ page: ['Sidan ska vara ett heltal, 1 eller större.'] }
		],
		['page 0', { page: '0' }, { page: ['Sidan ska vara ett heltal, 1 eller större.'] }],
		[
			'a type that is not a type',
			{ entityType: '<script>' },
			{ entityType: ['Välj en typ i listan.'] }
		],
		[
			'an action that is not an action',
			{ action: 'DROP TABLE' },
			{ action: ['Välj en händelse i listan.'] }
		],
		['a very long name', { actor: 'å'.repeat(201) }, { actor: ['Vem: skriv högst 200 tecken.'] }]
	])('a bad filter is refused in Swedish: %s', async (_name, query, fields) => {
		expect(await browse(admin.actor, query)).toEqual({
			kind: 'invalid',
			message: 'Filtret för loggen är ogiltigt.',
			fields
		});
	});
});

describe('paging', () => {
	const many = 120;
	beforeAll(async () => {
		for (let i = 1; i <= many; i++) {
			await audit(database.db, editor.actor, {
				action: 'update',
				entityType: 'paging_test',
				entityId: i,
				countyCode: '17',
				before: { n: i - 1 },
				after: { n: i }
			});
		}
	});

	test('50 a page, newest first, every entry on exactly one page', async () => {
		const pages = [];
		for (const page of ['1', '2', '3'])
			pages.push(await entries({ entityType: 'paging_test', page }));
		expect(pages.map((p) => p.entries.length)).toEqual([50, 50, 20]);
		expect(pages.map((p) => [p.total, p.page, p.pageCount])).toEqual([
			[many, 1, 3],
			[many, 2, 3],
			[many, 3, 3]
		]);
		const ids = pages.flatMap((p) => p.entries.map((e) => Number(e.entityId)));
		expect(ids).toEqual(Array.from({ length: many }, (_, i) => many - i));
	});

	test('a page after the last is empty and says how many there are', async () => {
		const p = await entries({ entityType: 'paging_test', page: '4' });
		expect([p.entries.length, p.total, p.pageCount]).toEqual([0, many, 3]);
	});

	test('batches for the export read every entry once, in order, however small', async () => {
		const seen: number[] = [];
		for await (const batch of entriesInBatches(
			database.db,
			{ countyCode: '17', entityType: 'paging_test' },
			7
		)) {
			expect(batch.length).toBeLessThanOrEqual(7);
			seen.push(...batch.map((e) => Number(e.entityId)));
		}
		expect(seen).toEqual(Array.from({ length: many }, (_, i) => many - i));
	});
});

describe('the CSV export', () => {
	const hostile = {
		title: '<script>alert("x")</script>',
		body: '"><img src=x onerror=alert(1)>',
		periodLabel: '=HYPERLINK("http://evil.invalid";"Klicka")',
		note: 'مرحبا بالعالم 👍🏽',
		long: 'å'.repeat(5000)
	};

	beforeAll(async () => {
		await audit(
			database.db,
			{ ...admin.actor, name: "=cmd|' /C calc'!A0" },
			{
				action: 'update',
				entityType: 'hostile_test',
				entityId: '-2+3',
				countyCode: '17',
				before: { title: '@SUM(1+1)' },
				after: hostile
			}
		);
	});

	test('is a file for Swedish Excel named after the county and the day', async () => {
		const out = await log.exportCsv(
			database.db,
			admin.actor,
			'varmland',
			{ entityType: 'decision' },
			new Date('2025-03-14T23:30:00Z')
		);
		if (out.kind !== 'ok') throw new Error(out.kind);
		// 00:30 on 15 March in Sweden
		expect(out.value.fileName).toBe('nara-logg-varmland-2025-03-15.csv');
		const text = await csvText(out.value.body);
		const [header, row, end] = text.split('\r\n');
		expect(header).toBe(
			'\uFEFF"Tid (svensk tid)";"Vem";"Användar-id";"Händelse";"Typ";"Id";"Ändring";"Före (JSON)";"Efter (JSON)";"Post"'
		);
		expect(row).toMatch(
			new RegExp(
				`^"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";"${coordinator.actor.name} <${coordinator.actor.email}>";${coordinator.actor.userId};"skapade";"beslut";"77";"rubrik: Beslut om målbilden";;"{""title"":""Beslut om målbilden""}";\\d+$`
			)
		);
		expect(end).toBe('');
	});

	test('formula cells are neutralised and hostile text comes back exactly as written', async () => {
		const out = await log.exportCsv(database.db, admin.actor, '17', { entityType: 'hostile_test' });
		if (out.kind !== 'ok') throw new Error(out.kind);
		const text = await csvText(out.value.body);
		const rows: string[][] = parse(text, { delimiter: ';', bom: true, relax_quotes: false });
		expect(rows).toHaveLength(2);
		const cell = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]!]));
		expect(cell['Vem']).toBe(`'=cmd|' /C calc'!A0 <${admin.actor.email}>`);
		expect(cell['Id']).toBe(`'-2+3`);
		expect(cell['Händelse']).toBe('ändrade');
		expect(cell['Typ']).toBe('hostile_test');
		expect(JSON.parse(cell['Efter (JSON)']!)).toEqual(hostile);
		expect(JSON.parse(cell['Före (JSON)']!)).toEqual({ title: '@SUM(1+1)' });
		expect(cell['Ändring']).toContain('rubrik: @SUM(1+1) → <script>alert("x")</script>');
		expect(cell['Ändring']).toContain(
			'period: (tomt) → =HYPERLINK("http://evil.invalid";"Klicka")'
		);
		expect(cell['Ändring']).toContain('note: (tomt) → مرحبا بالعالم 👍🏽');
		// in the file itself: every quote doubled inside a quoted cell, nothing starts a formula
		expect(text).toContain('text: (tomt) → ""><img src=x onerror=alert(1)>;');
		for (const c of rows.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
	});

	test('holds every page of the filter', async () => {
		const out = await log.exportCsv(database.db, admin.actor, '17', {
			entityType: 'paging_test',
			page: '2'
		});
		if (out.kind !== 'ok') throw new Error(out.kind);
		const rows: string[][] = parse(await csvText(out.value.body), { delimiter: ';', bom: true });
		expect(rows).toHaveLength(121);
		expect(rows.slice(1).map((r) => Number(r[5]))).toEqual(
			Array.from({ length: 120 }, (_, i) => 120 - i)
		);
	});

	test('a bad filter is refused before anything is written', async () => {
		expect(await log.exportCsv(database.db, admin.actor, '17', { from: 'igår' })).toEqual({
			kind: 'invalid',
			message: 'Filtret för loggen är ogiltigt.',
			fields: { from: ['Från: Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.'] }
		});
	});
});

describe("an item's history", () => {
	test("every change of the item in the county, oldest first, without other counties' item", async () => {
		const h = await log.history(database.db, reader.actor, 'varmland', EVENT, '901');
		if (h.kind !== 'ok') throw new Error(h.kind);
		expect(h.value.entries.map((e) => [e.action, e.actorLabel])).toEqual([
			['create', `${admin.actor.name} <${admin.actor.email}>`],
			['update', `${coordinator.actor.name} <${coordinator.actor.email}>`],
			['archive', `${admin.actor.name} <${admin.actor.email}>`]
		]);
		expect(h.value.entries.every((e) => e.countyCode === '17')).toBe(true);
	});

	test('an item without entries has an empty history; a malformed type is not found', async () => {
		const h = await log.history(database.db, reader.actor, '17', EVENT, '123456');
		expect(h.kind === 'ok' && h.value.entries).toEqual([]);
		expect(await log.history(database.db, reader.actor, '17', 'Robert"); DROP', '1')).toEqual({
			kind: 'not_found',
			message: 'Det finns ingen sådan uppgift.'
		});
	});

	test('the log still holds the rows the other tests read (nothing was removed)', async () => {
		const rows = await database.db
			.select({ id: auditLog.id })
			.from(auditLog)
			.where(eq(auditLog.entityType, EVENT));
		expect(rows).toHaveLength(4);
	});
});
