import { afterAll, describe, expect, test } from 'vitest';
import { testUser } from '../tests/kit/cast.ts';
import { County } from '../src/lib/modules/counties/schema.ts';
import { Decisions } from '../src/lib/modules/decisions/schema.ts';
import { Organisations } from '../src/lib/modules/groups/schema.ts';
import { Roadmap } from '../src/lib/modules/roadmap/schema.ts';
import { Timeline } from '../src/lib/modules/timeline/schema.ts';
import { Vision } from '../src/lib/modules/vision/schema.ts';
import { baseUrl, closeServerDatabase, serverDatabase } from '../tests/kit/browser.ts';

/** The JSON API of the built server, checked against the same schemas the OpenAPI document is made from. */

const get = (path: string) => fetch(`${baseUrl()}${path}`);

describe('API', () => {
	test('/api/counties lists the 21 counties', async () => {
		const res = await get('/api/counties');
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.counties).toHaveLength(21);
		expect(County.parse(body.counties.find((c: { code: string }) => c.code === '17'))).toEqual({
			code: '17',
			name: 'Värmlands län',
			shortName: 'Värmland',
			slug: 'varmland',
			regionName: 'Region Värmland',
			koladaId: '0017',
			hasVision: true
		});
	});

	test.each([
		['vision', Vision],
		['roadmap', Roadmap],
		['organisations', Organisations],
		['decisions', Decisions],
		['timeline', Timeline]
	] as const)('/api/counties/17/%s matches its schema', async (name, schema) => {
		const res = await get(`/api/counties/17/${name}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/json');
		schema.parse(await res.json());
	});

	test('errors have one shape: unknown county, no vision, bad filter', async () => {
		const unknown = await get('/api/counties/99/vision');
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({
			error: { code: 'not_found', message: 'Länet 99 finns inte.' }
		});
		const noVision = await get('/api/counties/01/vision');
		expect(noVision.status).toBe(404);
		expect(await noVision.json()).toEqual({
			error: { code: 'not_found', message: 'Stockholms län har ingen målbild i Nära ännu.' }
		});
		const bad = await get('/api/counties/17/timeline?year=1700');
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Filtret för tidslinjen är ogiltigt.',
				fields: { year: ['Året ska vara 1900 eller senare.'] }
			}
		});
	});

	test('/healthz, /readyz and /api/openapi.json', async () => {
		const health = await get('/healthz');
		expect(health.status).toBe(200);
		expect(await health.json()).toEqual({ status: 'ok' });
		const ready = await get('/readyz');
		expect(ready.status).toBe(200);
		expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });
		const doc = await (await get('/api/openapi.json')).json();
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths)).toContain('/api/counties/{code}/timeline');
	});

	test('pages carry a strict Content-Security-Policy and no framing', async () => {
		const res = await get('/');
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});
});

describe('writing through the API', () => {
	const event = {
		title: 'Uppföljning av färdplanen 2025',
		body: 'Via API:t.',
		year: 2025,
		visibility: 'public'
	};
	const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
		fetch(`${baseUrl()}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});

	afterAll(() => closeServerDatabase());

	test('anonymous writes are refused with 403 and write nothing', async () => {
		const res = await post('/api/counties/17/timeline', event);
		expect(res.status).toBe(403);
		expect(await res.json()).toEqual({
			error: { code: 'forbidden', message: 'Du har inte behörighet att göra det här.' }
		});
		const timeline = await (await get('/api/counties/17/timeline')).json();
		expect(timeline.events.some((e: { title: string }) => e.title === event.title)).toBe(false);
	});

	test('a coordinator’s session writes from Nära’s own origin, never from another site', async () => {
		const { sessionToken } = await testUser((await serverDatabase()).db, 'coordinator');
		const cookie = `nara_session=${sessionToken}`;
		const foreign = await post('/api/counties/17/timeline', event, {
			cookie,
			origin: 'https://elak.example'
		});
		expect(foreign.status).toBe(403);
		const own = await post('/api/counties/17/timeline', event, { cookie, origin: baseUrl() });
		expect(own.status).toBe(201);
		expect(await own.json()).toMatchObject({
			title: event.title,
			year: 2025,
			revision: 1,
			source: null
		});
	});

	test('an unknown API token is 401; a body over the size limit is 413; a body that is not JSON is 400', async () => {
		const bad = await post('/api/counties/17/timeline', event, {
			authorization: 'Bearer nara_finnsinte'
		});
		expect(bad.status).toBe(401);
		expect(await bad.json()).toEqual({
			error: { code: 'unauthorized', message: 'API-nyckeln är ogiltig eller återkallad.' }
		});
		const { sessionToken } = await testUser((await serverDatabase()).db, 'coordinator');
		const headers = { cookie: `nara_session=${sessionToken}`, origin: baseUrl() };
		const huge = await post(
			'/api/counties/17/timeline',
			{ ...event, body: 'x'.repeat(600_000) },
			headers
		);
		expect(huge.status).toBe(413);
		const notJson = await post('/api/counties/17/timeline', 'title=hej', headers);
		expect(notJson.status).toBe(400);
		expect((await notJson.json()).error.code).toBe('invalid');
	});
});
