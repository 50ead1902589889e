import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiToken } from '../src/lib/modules/accounts/server/users.ts';
import { testUser } from '../tests/kit/cast.ts';
import { baseUrl, closeServerDatabase, serverDatabase } from '../tests/kit/browser.ts';

/**
 * No input makes a 5xx, and every error under /api/ is `{ error: { code,
 * message } }`. Walks every operation of the running server's OpenAPI
 * document with generated bad input — path and query parameters (NUL, broken
 * %-encoding, half surrogates, huge numbers, non-digits, long strings), JSON
 * bodies (wrong types, NUL and control characters in strings, deep nesting,
 * huge strings, no JSON at all), wrong content types and wrong methods —
 * anonymously, with a valid API token and with an unknown one. The seed is
 * fixed, so a failure reproduces: every failure is listed with its request.
 */

const SEED = 20_261_207;
/** requests per operation: 47 of the API's make about 10 000 */
const RUNS_PER_OPERATION = 214;
/** for the whole-file exports outside /api/ (open data, DCAT), which take the most time */
const RUNS_PER_EXPORT = 50;
const CONCURRENCY = 8;
/** the county the token may write in: no other browser test reads it */
const COUNTY = '25';

interface Operation {
	method: string;
	path: string;
	query: string[];
	bodyFields: string[];
	bodyTypes: string[];
}

interface Probe {
	/** the operation it was made from, e.g. "GET /api/indicators" */
	operation: string;
	method: string;
	/** path and query string as sent, before the base URL */
	target: string;
	auth: 'anonymous' | 'token' | 'unknown-token';
	contentType: string | null;
	body: string | null;
}

type Schema = {
	$ref?: string;
	properties?: Record<string, Schema>;
	allOf?: Schema[];
	anyOf?: Schema[];
	oneOf?: Schema[];
};

function propertiesOf(
	schema: Schema | undefined,
	doc: Record<string, unknown>,
	depth = 0
): string[] {
	if (!schema || depth > 5) return [];
	if (schema.$ref) {
		const name = schema.$ref.split('/').pop()!;
		const components = (doc.components as { schemas: Record<string, Schema> }).schemas;
		return propertiesOf(components[name], doc, depth + 1);
	}
	const own = Object.keys(schema.properties ?? {});
	const parts = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
	return [...new Set([...own, ...parts.flatMap((p) => propertiesOf(p, doc, depth + 1))])];
}

function operationsOf(doc: Record<string, unknown>): Operation[] {
	const paths = doc.paths as Record<string, Record<string, Record<string, unknown>>>;
	const ops: Operation[] = [];
	for (const [path, methods] of Object.entries(paths)) {
		for (const [method, op] of Object.entries(methods)) {
			const parameters = (op.parameters ?? []) as { name: string; in: string }[];
			const content = ((op.requestBody as { content?: Record<string, { schema?: Schema }> })
				?.content ?? {}) as Record<string, { schema?: Schema }>;
			ops.push({
				method: method.toUpperCase(),
				path,
				query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
				bodyFields: propertiesOf(content['application/json']?.schema, doc),
				bodyTypes: Object.keys(content)
			});
		}
	}
	return ops;
}

// ——— Generated input ——————————————————————————————————————————————————————

/** Percent-encodes text for an address; a half surrogate becomes its (invalid) CESU-8 bytes. */
function encodeRaw(text: string): string {
	let out = '';
	for (const ch of text) {
		const c = ch.charCodeAt(0);
		out +=
			ch.length === 1 && c >= 0xd800 && c <= 0xdfff
				? `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase()
				: encodeURIComponent(ch);
	}
	return out;
}

const halfSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
/** text with something the rule refuses somewhere in it */
const dirtyText = fc
	.tuple(
		fc.string({ maxLength: 12 }),
		fc.oneof(control, halfSurrogate),
		fc.string({ maxLength: 12 })
	)
	.map(([a, bad, b]) => `${a}${bad}${b}`);
const anyText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'binary-ascii', maxLength: 40 }),
	dirtyText
);

/** a path or query value as it goes into the address */
const addressValue = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(COUNTY, '17', '1', '2', 'N00002', 'U00002', 'varmland') },
	{
		weight: 4,
		arbitrary: fc.constantFrom(
			'%00',
			'a%00b',
			'%01',
			'%1B%5B31m',
			'99999999999999999999',
			'2147483648',
			'9007199254740993',
			'-1',
			'0',
			'1.5',
			'1e3',
			'0x10',
			'AB',
			'NaN',
			'Infinity',
			'null',
			'%E0%A4%A',
			'%ZZ',
			'%',
			'%C3',
			'%ED%A0%80',
			'%FF%FE',
			'%2e%2e',
			'%2F',
			'%20',
			'+',
			'%E2%80%AE',
			'%F0%9F%8F%A5',
			'x'.repeat(3000)
		)
	},
	{ weight: 4, arbitrary: anyText.map(encodeRaw) },
	{ weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
	{ weight: 1, arbitrary: fc.double().map(String) }
);

const deepJson = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
/** a long string (most fields allow a few thousand characters) */
const LONG = 'x'.repeat(20_000);
/** over the 512 kB body limit */
const OVER_LIMIT = `{"title":"${'x'.repeat(600_000)}"}`;

const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	value: fc.oneof(
		{ maxDepth: 3, withCrossShrink: true },
		anyText,
		dirtyText,
		fc.integer(),
		fc.constantFrom(0, -1, 2147483648, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2),
		fc.double(),
		fc.boolean(),
		fc.constant(null),
		fc.constant(LONG),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(anyText, tie('value'), { maxKeys: 4 })
	)
})).value;

function bodyFor(op: Operation): fc.Arbitrary<{ contentType: string | null; body: string }> {
	const jsonObject = fc
		.tuple(
			fc.subarray(op.bodyFields.length > 0 ? op.bodyFields : ['title']),
			fc.array(jsonValue, { minLength: 8, maxLength: 8 }),
			fc.dictionary(anyText, jsonValue, { maxKeys: 2 })
		)
		.map(([fields, values, extra]) => {
			const body: Record<string, unknown> = { ...extra };
			fields.forEach((f, i) => (body[f] = values[i % values.length]));
			return JSON.stringify(body);
		});
	const rawText = fc.oneof(
		fc.constantFrom(
			'',
			'inte json',
			'{"title":',
			'[]',
			'1',
			'"text"',
			'null',
			'{"title":"a\\u0000b"}',
			'{"title":"\u0000"}',
			'{"a\\u0000":1}',
			'{"title":"\\ud800"}',
			'\ufeff{}',
			'{"__proto__":{"admin":true}}',
			`{"a":${deepJson(100_000)}}`,
			deepJson(5000),
			`{"title":"${LONG}"}`
		),
		anyText
	);
	const csv = fc
		.tuple(anyText, anyText)
		.map(([a, b]) => `titel;beskrivning;organisation\n${a};${b};Arvika kommun\n`);
	const types = [
		'application/json',
		'text/plain',
		'application/x-www-form-urlencoded',
		'multipart/form-data; boundary=x',
		...op.bodyTypes
	];
	return fc.oneof(
		{
			weight: 60,
			arbitrary: fc.record({ contentType: fc.constant('application/json'), body: jsonObject })
		},
		{ weight: 30, arbitrary: fc.record({ contentType: fc.constantFrom(...types), body: rawText }) },
		{
			weight: op.bodyTypes.includes('text/csv') ? 30 : 0,
			arbitrary: fc.record({ contentType: fc.constant('text/csv'), body: csv })
		},
		{ weight: 10, arbitrary: fc.record({ contentType: fc.constant(null), body: rawText }) },
		{
			weight: 1,
			arbitrary: fc.record({
				contentType: fc.constant('application/json'),
				body: fc.constant(OVER_LIMIT)
			})
		}
	);
}

function probesFor(op: Operation, seed: number): Probe[] {
	const runs = /^\/(oppna-data|datasets)\//.test(op.path) ? RUNS_PER_EXPORT : RUNS_PER_OPERATION;
	const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
	const queryNames = fc.oneof(
		{ weight: 3, arbitrary: op.query.length > 0 ? fc.constantFrom(...op.query) : fc.constant('q') },
		{ weight: 1, arbitrary: anyText.map(encodeRaw) }
	);
	const probe = fc.record({
		method: fc.oneof(
			{ weight: 6, arbitrary: fc.constant(op.method) },
			{
				weight: 1,
				arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')
			}
		),
		values: fc.array(addressValue, { minLength: params.length, maxLength: params.length }),
		query: fc.array(fc.tuple(queryNames, addressValue), { maxLength: 4 }),
		auth: fc.constantFrom<Probe['auth']>(
			'anonymous',
			'token',
			'token',
			'anonymous',
			'unknown-token'
		),
		body: bodyFor(op)
	});
	return fc.sample(probe, { seed, numRuns: runs }).map((p) => {
		let path = op.path;
		params.forEach((name, i) => (path = path.replace(`{${name}}`, p.values[i]!)));
		const query = p.query.map(([k, v]) => `${k}=${v}`).join('&');
		const hasBody = p.method !== 'GET' && p.method !== 'HEAD';
		return {
			operation: `${op.method} ${op.path}`,
			method: p.method,
			target: query ? `${path}?${query}` : path,
			auth: p.auth,
			contentType: hasBody ? p.body.contentType : null,
			body: hasBody ? p.body.body : null
		};
	});
}

// ——— Sending and checking ——————————————————————————————————————————————————

function isErrorShape(body: unknown): boolean {
	const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
	return (
		typeof error?.code === 'string' && typeof error.message === 'string' && error.message !== ''
	);
}

const excerpt = (text: string | null, n = 160) =>
	text === null
		? ''
		: JSON.stringify(text.length > n ? `${text.slice(0, n)}… (${text.length} tecken)` : text);

let token: string;
let doc: Record<string, unknown>;

beforeAll(async () => {
	doc = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as Record<string, unknown>;
	const db = (await serverDatabase()).db;
	const coordinator = await testUser(db, 'coordinator', COUNTY, 'Arvika kommun');
	const created = await createApiToken(db, coordinator.actor, COUNTY, {
		name: 'fuzz',
		role: 'coordinator'
	});
	if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
	token = created.value.token;
});

afterAll(() => closeServerDatabase());

describe('fuzzing every operation of the OpenAPI document', () => {
	test('no 5xx, and every error under /api/ in the shape { error: { code, message } }', async () => {
		const ops = operationsOf(doc);
		expect(ops.length).toBeGreaterThanOrEqual(40);
		const probes = ops.flatMap((op, i) => probesFor(op, SEED + i));
		const statuses = new Map<number, number>();
		const failures: string[] = [];
		/** failures by kind (status and reason), with the first example of each */
		const kinds = new Map<string, { count: number; example: string }>();
		const fail = (kind: string, line: string) => {
			failures.push(line);
			const k = kinds.get(kind) ?? { count: 0, example: line };
			k.count++;
			kinds.set(kind, k);
		};
		const timeByOperation = new Map<string, number>();
		let next = 0;
		let sent = 0;
		const started = Date.now();

		async function send(p: Probe): Promise<void> {
			const headers: Record<string, string> = {};
			if (p.auth === 'token') headers.authorization = `Bearer ${token}`;
			if (p.auth === 'unknown-token') headers.authorization = 'Bearer nara_finnsinte';
			if (p.contentType) headers['content-type'] = p.contentType;
			const url = `${baseUrl()}${p.target}`;
			const what = `${p.method} ${p.target.length > 300 ? `${p.target.slice(0, 300)}…` : p.target} [${p.auth}]${p.contentType ? ` ${p.contentType}` : ''} ${excerpt(p.body)}`;
			const attempt = () =>
				fetch(url, {
					method: p.method,
					headers,
					body: p.body ?? undefined,
					redirect: 'manual',
					signal: AbortSignal.timeout(60_000)
				}).then(async (res) => ({ res, text: await res.text() }));
			let answer: { res: Response; text: string };
			const t0 = Date.now();
			try {
				answer = await attempt();
			} catch {
				// a kept-alive connection the server had just closed: once more on a new one
				try {
					answer = await attempt();
				} catch (e) {
					const cause = (e as { cause?: { code?: string; message?: string } }).cause;
					fail(
						`nätverk ${cause?.code ?? ''}`,
						`${what} → kunde inte skickas: ${String(e)} (${cause?.code ?? ''} ${cause?.message ?? ''})`
					);
					return;
				}
			}
			timeByOperation.set(p.operation, (timeByOperation.get(p.operation) ?? 0) + Date.now() - t0);
			sent++;
			const { res, text } = answer;
			statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
			const api = new URL(url).pathname.startsWith('/api/');
			if (res.status >= 500) {
				fail(`${res.status}`, `${what} → ${res.status} ${excerpt(text, 300)}`);
			} else if (api && res.status >= 400) {
				const type = res.headers.get('content-type') ?? '';
				let body: unknown;
				try {
					body = JSON.parse(text);
				} catch {
					body = undefined;
				}
				const shaped =
					type.includes('application/json') && (p.method === 'HEAD' || isErrorShape(body));
				if (!shaped)
					fail(
						`${res.status} ${type} ${text.slice(0, 40)}`,
						`${what} → ${res.status} ${type} ${excerpt(text, 300)} (inte felformen)`
					);
			}
		}

		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (next < probes.length) await send(probes[next++]!);
			})
		);

		const histogram = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
		console.log(
			`fuzz: ${sent} anrop över ${ops.length} operationer på ${((Date.now() - started) / 1000).toFixed(1)} s (frö ${SEED}); status: ${histogram.join(', ')}`
		);
		const slowest = [...timeByOperation]
			.sort(([, a], [, b]) => b - a)
			.slice(0, 5)
			.map(([op, ms]) => `${op} ${(ms / 1000).toFixed(1)} s`);
		console.log(`fuzz: mest tid (summa över anropen): ${slowest.join('; ')}`);
		const summary = [...kinds].map(([kind, k]) => `${k.count} × ${kind}: ${k.example}`);
		expect(summary, `${failures.length} fel av ${probes.length}`).toEqual([]);
		expect(sent).toBeGreaterThanOrEqual(10_000);
	}, 900_000);
});

describe('the edges the fuzzing cannot reach with fetch', () => {
	/** one raw request, for what fetch will not send (headers over Node's limit) */
	function raw(path: string, headers: Record<string, string>) {
		const { hostname, port } = new URL(baseUrl());
		return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
			const req = http.request({ hostname, port, path, headers, method: 'GET' }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (body += d));
				res.on('end', () =>
					resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body })
				);
			});
			req.on('error', reject);
			req.end();
		});
	}

	test('headers over the limit: 431 in the error shape under /api/, in Swedish elsewhere', async () => {
		const big = { 'x-stor': 'a'.repeat(20_000) };
		const api = await raw('/api/counties', big);
		expect(api.status).toBe(431);
		expect(api.type).toBe('application/json');
		expect(JSON.parse(api.body)).toEqual({
			error: {
				code: 'headers_too_large',
				message: 'Anropets rubriker är för stora (högst 16 kB tillsammans).'
			}
		});
		const page = await raw('/lan/varmland', big);
		expect(page.status).toBe(431);
		expect(page.body).toBe('Anropets rubriker är för stora (högst 16 kB tillsammans).\n');
	});

	test('an address with NUL: 400 with what and where, as JSON under /api/ and as a page elsewhere', async () => {
		const api = await fetch(`${baseUrl()}/api/indicators?q=a%00`);
		expect(api.status).toBe(400);
		expect(await api.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Adressen innehåller ett otillåtet tecken (NUL) i parametern q.'
			}
		});
		const page = await fetch(`${baseUrl()}/lan/varmland/insatser?q=%00`);
		expect(page.status).toBe(400);
		expect(page.headers.get('content-type')).toContain('text/html');
		expect(await page.text()).toContain(
			'Adressen innehåller ett otillåtet tecken (NUL) i parametern q.'
		);
	});

	test('a form field with NUL: the error page with 400 naming the field', async () => {
		const res = await fetch(`${baseUrl()}/logga-in`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: baseUrl(),
				accept: 'text/html'
			},
			body: 'email=a%00%40exempel.se&password=x'
		});
		expect(res.status).toBe(400);
		expect(await res.text()).toContain(
			'Formuläret innehåller ett otillåtet tecken (NUL) i fältet email.'
		);
	});

	test('a JSON body with NUL in a field: 400 naming the field', async () => {
		const res = await fetch(`${baseUrl()}/api/counties/${COUNTY}/timeline`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ title: 'Möte\u0000', year: 2025 })
		});
		expect(res.status).toBe(400);
		expect((await res.json()).error).toEqual({
			code: 'invalid',
			message: 'Anropet innehåller ett otillåtet tecken (NUL) i fältet title.',
			fields: { title: ['Anropet innehåller ett otillåtet tecken (NUL) i fältet title.'] }
		});
	});

	test('a CSV import with NUL or a control character in a cell is refused, not a 5xx', async () => {
		const header =
			'Namn,Ansvarig organisation,Kommuner,Nivå,Fas,Målområden,Finansiering år,Finansiering källa,Finansiering belopp';
		for (const bad of ['\u0000', '\u0007']) {
			const res = await fetch(
				`${baseUrl()}/api/counties/${COUNTY}/initiatives/import?dryRun=true`,
				{
					method: 'POST',
					headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
					body: `${header}\nInsats${bad}nul,Region Norrbotten,,Länsövergripande,Idé,Äldre,,,\n`
				}
			);
			expect(res.status).toBeLessThan(500);
			if (res.status >= 400) expect(isErrorShape(await res.json())).toBe(true);
		}
	});

	test('GET /api/indicators without q is the catalogue from the start (the documented default)', async () => {
		const res = await fetch(`${baseUrl()}/api/indicators`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ q: '', limit: 20, offset: 0 });
		expect(body.total).toBeGreaterThan(1000);
		expect(body.hits).toHaveLength(20);
		const titles = body.hits.map((h: { title: string }) => h.title);
		expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});

	test.each(['AB', '1.5', '99999999999', '-1', '0'])(
		'timeline id %s is 404 in the error shape, not 500',
		async (id) => {
			for (const path of [`timeline/${id}`]) {
				const res = await fetch(`${baseUrl()}/api/counties/${COUNTY}/${path}`, {
					headers: { authorization: `Bearer ${token}` }
				});
				expect(res.status).toBe(404);
				expect((await res.json()).error.code).toBe('not_found');
			}
			for (const [method, path] of [
				['PUT', `timeline/${id}`],
				['POST', `timeline/${id}/archive`]
			] as const) {
				const res = await fetch(`${baseUrl()}/api/counties/${COUNTY}/${path}`, {
					method,
					headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
					body: JSON.stringify({ revision: 1, title: 'x', year: 2025 })
				});
				expect([400, 404]).toContain(res.status);
				expect(isErrorShape(await res.json())).toBe(true);
			}
		}
	);

	test('unknown API paths and wrong methods are in the error shape', async () => {
		const unknown = await fetch(`${baseUrl()}/api/finns-inte`, {
			headers: { accept: 'text/html' }
		});
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({
			error: { code: 'not_found', message: 'Det finns ingenting på den här adressen i API:t.' }
		});
		const wrong = await fetch(`${baseUrl()}/api/counties`, {
			method: 'DELETE',
			headers: { 'content-type': 'application/json' }
		});
		expect(wrong.status).toBe(405);
		expect(wrong.headers.get('allow')).toContain('GET');
		expect((await wrong.json()).error.code).toBe('method_not_allowed');
		// with no body type and no Origin, a write is refused first (SvelteKit 3), in the same shape
		const bare = await fetch(`${baseUrl()}/api/counties`, { method: 'DELETE' });
		expect(bare.status).toBe(403);
		expect((await bare.json()).error.code).toBe('forbidden');
	});
});
