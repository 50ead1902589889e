import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Initiative, InitiativeList } from '../src/lib/modules/initiatives/schema.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/modules/initiatives/tables.ts';
import { organisationId, testUser, type TestUser } from '../tests/kit/cast.ts';
import { baseUrl, closeServerDatabase, serverDatabase } from '../tests/kit/browser.ts';

/**
 * The inventory's JSON API on the built server: the list with the page's
 * filters, one initiative, registering and changing; answers checked
 * against the schemas the OpenAPI document is made from, errors in Swedish,
 * ETags on reads. Initiatives of this file carry a made-up word (TAG).
 */

const TAG = `Apisjö${Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

let db: Db;
let coordinator: TestUser;
let reader: TestUser;
let editor: TestUser;
let arvika: number;
let region: number;

const url = (path: string) => `${baseUrl()}${path}`;
const as = (person: TestUser | null, method = 'GET', body?: unknown) => ({
	method,
	headers: {
		'content-type': 'application/json',
		origin: baseUrl(),
		...(person ? { cookie: `nara_session=${person.sessionToken}` } : {})
	},
	...(body === undefined ? {} : { body: JSON.stringify(body) })
});
const input = (over: Record<string, unknown> = {}) => ({
	title: `Mobila team via API ${TAG}`,
	description: 'Registrerad genom API:t.',
	leadOrganisationId: arvika,
	municipalityIds: [arvika],
	level: 'local',
	phase: 'pilot',
	goalAreas: ['aldre'],
	funding: [{ year: 2025, fundingSource: 'Arvika kommun', amountSek: 300000 }],
	links: [{ url: 'https://example.se/api', title: 'Om insatsen' }],
	...over
});
const tagged = async () =>
	(
		await db
			.select({ n: sql<number>`count(*)::int` })
			.from(t.initiatives)
			.where(sql`${t.initiatives.title} like ${`%${TAG}%`}`)
	)[0]!.n;

beforeAll(async () => {
	db = (await serverDatabase()).db;
	coordinator = await testUser(db, 'coordinator');
	reader = await testUser(db, 'reader');
	editor = await testUser(db, 'editor');
	arvika = await organisationId(db, 'Arvika kommun');
	region = await organisationId(db, 'Region Värmland');
});
afterAll(() => closeServerDatabase());

describe('registering and changing through the API', () => {
	let id: number;

	test('POST registers an initiative (201); a close title is 400 until confirmed; refusals write nothing', async () => {
		const res = await fetch(url('/api/counties/17/initiatives'), as(coordinator, 'POST', input()));
		expect(res.status).toBe(201);
		const saved = Initiative.parse(await res.json());
		expect(saved).toMatchObject({
			countyCode: '17',
			title: `Mobila team via API ${TAG}`,
			lead: { id: arvika, name: 'Arvika kommun' },
			municipalities: [{ id: arvika, name: 'Arvika kommun', code: '1784' }],
			funding: [{ year: 2025, fundingSource: 'Arvika kommun', amountSek: 300000, note: '' }],
			source: null,
			revision: 1
		});
		id = saved.id;

		const before = await tagged();
		const close = await fetch(
			url('/api/counties/17/initiatives'),
			as(coordinator, 'POST', input({ title: `Mobila team via API:t ${TAG}` }))
		);
		expect(close.status).toBe(400);
		const body = await close.json();
		expect(body.error.code).toBe('invalid');
		expect(body.error.message).toBe('Kontrollera att insatsen inte redan finns.');
		expect(body.error.fields.confirmSimilar[0]).toContain(`"Mobila team via API ${TAG}"`);
		expect(await tagged()).toBe(before);

		const bad = await fetch(
			url('/api/counties/17/initiatives'),
			as(
				coordinator,
				'POST',
				input({ title: ' ', phase: 'kanske', startsOn: '2025-02-30', funding: [{ year: 'i år' }] })
			)
		);
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toMatchObject({
			code: 'invalid',
			message: 'Insatsen kunde inte sparas.',
			fields: {
				title: ['Skriv insatsens namn.'],
				phase: ['Välj fas: idé, planering, pilot, spridning, i drift eller avslutad.'],
				startsOn: ['Datumet finns inte i kalendern.'],
				'funding.0.year': ['Skriv året som ett årtal, t.ex. 2024.'],
				'funding.0.fundingSource': ['Skriv finansieringskällan, t.ex. statliga stimulansmedel.']
			}
		});

		for (const person of [null, reader]) {
			const refused = await fetch(
				url('/api/counties/17/initiatives'),
				as(person, 'POST', input({ title: `Ny ${TAG}`, confirmSimilar: true }))
			);
			expect(refused.status).toBe(403);
		}
		// an editor registers for their own organisation only
		const others = await fetch(
			url('/api/counties/17/initiatives'),
			as(editor, 'POST', input({ title: `Regionens ${TAG}`, leadOrganisationId: region }))
		);
		expect(others.status).toBe(403);
		expect((await others.json()).error.message).toContain('din egen organisation');
		expect(await tagged()).toBe(before);

		const confirmed = await fetch(
			url('/api/counties/17/initiatives'),
			as(
				coordinator,
				'POST',
				input({ title: `Mobila team via API:t ${TAG}`, confirmSimilar: true })
			)
		);
		expect(confirmed.status).toBe(201);
		expect(await tagged()).toBe(before + 1);
	});

	test('GET one initiative, with an ETag; unknown and internal ones are 404 to those who may not see them', async () => {
		const res = await fetch(url(`/api/counties/17/initiatives/${id}`));
		expect(res.status).toBe(200);
		const etag = res.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]{32}"$/);
		expect(Initiative.parse(await res.json())).toMatchObject({ id, revision: 1 });
		const again = await fetch(url(`/api/counties/17/initiatives/${id}`), {
			headers: { 'if-none-match': etag! }
		});
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');

		const missing = await fetch(url('/api/counties/17/initiatives/999999999'));
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({
			error: { code: 'not_found', message: 'Insatsen finns inte.' }
		});
		expect((await fetch(url(`/api/counties/99/initiatives/${id}`))).status).toBe(404);
		// another county's id is not this county's
		expect((await fetch(url(`/api/counties/20/initiatives/${id}`))).status).toBe(404);
	});

	test('PUT changes it at the revision it was based on; a stale revision is 409 with the current version', async () => {
		const changed = await fetch(
			url(`/api/counties/17/initiatives/${id}`),
			as(coordinator, 'PUT', { ...input({ phase: 'scaling' }), revision: 1 })
		);
		expect(changed.status).toBe(200);
		expect(Initiative.parse(await changed.json())).toMatchObject({ phase: 'scaling', revision: 2 });

		const stale = await fetch(
			url(`/api/counties/17/initiatives/${id}`),
			as(coordinator, 'PUT', { ...input({ phase: 'ended' }), revision: 1 })
		);
		expect(stale.status).toBe(409);
		const body = await stale.json();
		expect(body.error.code).toBe('conflict');
		expect(body.error.current.changedBy).toContain(coordinator.actor.name);
		expect(Initiative.parse(body.error.current.current)).toMatchObject({
			phase: 'scaling',
			revision: 2
		});

		const noRevision = await fetch(
			url(`/api/counties/17/initiatives/${id}`),
			as(coordinator, 'PUT', input())
		);
		expect(noRevision.status).toBe(400);
		expect((await noRevision.json()).error.fields.revision).toEqual([
			'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.'
		]);

		// the editor of Arvika changes Arvika's, but may not give it to the region
		const moved = await fetch(
			url(`/api/counties/17/initiatives/${id}`),
			as(editor, 'PUT', { ...input({ leadOrganisationId: region }), revision: 2 })
		);
		expect(moved.status).toBe(403);
		const own = await fetch(
			url(`/api/counties/17/initiatives/${id}`),
			as(editor, 'PUT', { ...input({ phase: 'scaling', lessons: 'Via redaktören.' }), revision: 2 })
		);
		expect(own.status).toBe(200);
		expect((await own.json()).lessons).toBe('Via redaktören.');

		const unknown = await fetch(
			url('/api/counties/17/initiatives/999999999'),
			as(coordinator, 'PUT', { ...input(), revision: 1 })
		);
		expect(unknown.status).toBe(404);
	});
});

describe('finding initiatives through the API', () => {
	beforeAll(async () => {
		const internal = await fetch(
			url('/api/counties/17/initiatives'),
			as(
				coordinator,
				'POST',
				input({
					title: `Intern planering ${TAG}`,
					visibility: 'internal',
					phase: 'idea',
					confirmSimilar: true
				})
			)
		);
		expect(internal.status).toBe(201);
	});

	test('the list takes the page’s filters and search and returns { total, items, facets }', async () => {
		const res = await fetch(
			url(`/api/counties/17/initiatives?q=${encodeURIComponent(`mobila ${TAG}`)}`)
		);
		expect(res.status).toBe(200);
		const list = InitiativeList.parse(await res.json());
		expect(list.total).toBe(2);
		expect(list.items.map((i) => i.title).sort()).toEqual([
			`Mobila team via API ${TAG}`,
			`Mobila team via API:t ${TAG}`
		]);
		expect(list.items[0]!.titleHighlight.filter((s) => s.match).map((s) => s.text)).toContain(
			'Mobila'
		);
		const phase = Object.fromEntries(list.facets.phase.map((f) => [f.value, f.count]));
		expect(phase).toMatchObject({ scaling: 1, pilot: 1, idea: 0 });

		const filtered = InitiativeList.parse(
			await (
				await fetch(url(`/api/counties/17/initiatives?q=${TAG}&phase=pilot&municipality=1784`))
			).json()
		);
		expect(filtered.items.map((i) => i.title)).toEqual([`Mobila team via API:t ${TAG}`]);
		const paged = InitiativeList.parse(
			await (await fetch(url(`/api/counties/17/initiatives?q=${TAG}&perPage=1&page=2`))).json()
		);
		expect(paged).toMatchObject({ total: 2, page: 2, perPage: 1 });
		expect(paged.items).toHaveLength(1);
	});

	test('internal initiatives only for people of the county; the answer has an ETag per reader', async () => {
		const q = `/api/counties/17/initiatives?q=${TAG}`;
		const anonymous = await fetch(url(q));
		expect((await anonymous.json()).total).toBe(2);
		const signedIn = await fetch(url(q), as(reader));
		expect((await signedIn.json()).total).toBe(3);
		expect(anonymous.headers.get('vary')).toContain('cookie');
		expect(anonymous.headers.get('etag')).not.toBe(signedIn.headers.get('etag'));
		const unchanged = await fetch(url(q), {
			headers: { 'if-none-match': anonymous.headers.get('etag')! }
		});
		expect(unchanged.status).toBe(304);
	});

	test('a bad filter is 400 with a Swedish message; an unknown county 404', async () => {
		const bad = await fetch(url('/api/counties/17/initiatives?page=noll'));
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Sökningen kunde inte göras.',
				fields: { page: ['Sidnumret ska vara ett heltal.'] }
			}
		});
		const tooMany = await fetch(url('/api/counties/17/initiatives?perPage=500'));
		expect((await tooMany.json()).error.fields.perPage).toEqual([
			'Antal per sida ska vara ett heltal 1–200.'
		]);
		const unknown = await fetch(url('/api/counties/99/initiatives'));
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({
			error: { code: 'not_found', message: 'Länet 99 finns inte.' }
		});
	});
});
