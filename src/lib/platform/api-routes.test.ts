import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { notFound, ok, type Outcome } from '../core/outcome.ts';
import {
	apiCountyGet,
	apiCountyRead,
	apiCountyWrite,
	apiItemGet,
	apiItemWrite
} from './api-routes.ts';

const Item = z.object({ id: z.number(), county: z.string() }).strict();

/** A request event with a county that is found ('17') or not (null). */
function event(
	county: string | null,
	{ body, id = '7', query = '' }: { body?: string; id?: string; query?: string } = {}
) {
	const locals = {
		db: {},
		actor: { kind: 'anonymous' },
		county: async () => (county ? ok({ code: county }) : notFound('Länet finns inte.'))
	} as unknown as App.Locals;
	const url = new URL(`http://x/api/counties/17/items/${id}${query}`);
	const request = new Request(url, body === undefined ? {} : { method: 'PUT', body });
	return { locals, params: { code: 'varmland', id }, request, url };
}

const calls: unknown[][] = [];
function record<T>(value: T) {
	return async (...args: unknown[]): Promise<Outcome<T>> => {
		calls.push(args.slice(2));
		return ok(value);
	};
}

describe('api-routes', () => {
	test('an item GET reads the county, then the item by its id', async () => {
		calls.length = 0;
		const res = await apiItemGet(record({ id: 7, county: '17' }), Item)(event('17'));
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ id: 7, county: '17' });
		expect(calls).toEqual([['17', 7]]);
	});

	test('an unknown county is 404 in the error shape, and nothing is called', async () => {
		calls.length = 0;
		const res = await apiItemGet(record({ id: 7, county: '17' }), Item)(event(null));
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({
			error: { code: 'not_found', message: 'Länet finns inte.' }
		});
		expect(calls).toEqual([]);
	});

	test('a cached GET has an ETag and answers 304 to a matching If-None-Match', async () => {
		const handler = apiCountyGet(record({ id: 1, county: '17' }), Item, { cached: true });
		const first = await handler(event('17'));
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^".+"$/);
		const again = event('17');
		again.request.headers.set('if-none-match', etag ?? '');
		expect((await handler(again)).status).toBe(304);
	});

	test('a write reads the body before the county: a broken body is 400 even in an unknown county', async () => {
		const res = await apiItemWrite(
			record({ id: 7, county: '17' }),
			Item
		)(event(null, { body: 'not json' }));
		expect(res.status).toBe(400);
		expect((await res.json()).error.code).toBe('invalid');
	});

	test('an item write passes the id and the body; a create answers 201, a PUT 200', async () => {
		calls.length = 0;
		const put = await apiItemWrite(
			record({ id: 7, county: '17' }),
			Item
		)(event('17', { body: '{"a":1}' }));
		expect(put.status).toBe(200);
		const created = await apiCountyWrite(record({ id: 8, county: '17' }), Item, { created: true })(
			event('17', { body: '{"b":2}' })
		);
		expect(created.status).toBe(201);
		expect(calls).toEqual([
			['17', 7, { a: 1 }],
			['17', { b: 2 }]
		]);
	});

	test('a public read gets the code of the URL and the query string', async () => {
		calls.length = 0;
		const res = await apiCountyRead(
			record({ id: 1, county: 'varmland' }),
			Item
		)(event(null, { query: '?from=2024&to=' }));
		expect(res.status).toBe(200);
		expect(calls).toEqual([['varmland', { from: '2024', to: '' }]]);
	});
});
