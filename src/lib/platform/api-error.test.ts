import { describe, expect, test } from 'vitest';
import { ApiError } from '../core/api-schema.ts';
import { apiError, apiErrorCode, apiErrorStatus, isApiPath, shapedApiError } from './api-error.ts';

describe('the codes of the error shape', () => {
	test.each([
		[400, 'invalid'],
		[401, 'unauthorized'],
		[403, 'forbidden'],
		[404, 'not_found'],
		[405, 'method_not_allowed'],
		[409, 'conflict'],
		[413, 'too_large'],
		[415, 'invalid'],
		[429, 'too_many'],
		[431, 'headers_too_large'],
		[500, 'internal'],
		[502, 'internal'],
		[503, 'unavailable']
	] as const)('%i is %s, and every code is in the documented schema', (status, code) => {
		expect(apiErrorCode(status)).toBe(code);
		expect(ApiError.safeParse({ error: { code, message: 'x' } }).success).toBe(true);
	});

	test('a code has one status', () => {
		expect(apiErrorStatus('unavailable')).toBe(503);
		expect(apiErrorStatus('not_found')).toBe(404);
	});

	test.each([
		['/api', true],
		['/api/', true],
		['/api/counties', true],
		['/apis', false],
		['/lan/varmland', false],
		['/healthz', false]
	])('isApiPath(%s) is %s', (path, expected) => {
		expect(isApiPath(path)).toBe(expected);
	});
});

describe('shapedApiError: every error under /api/ in the one shape', () => {
	const body = async (r: Response) => ({
		status: r.status,
		type: r.headers.get('content-type'),
		json: await r.json()
	});

	test('SvelteKit’s HTML 404 becomes not_found in Swedish', async () => {
		const html = new Response('<!doctype html><h1>404</h1>', {
			status: 404,
			headers: { 'content-type': 'text/html', 'x-content-type-options': 'nosniff' }
		});
		const shaped = await shapedApiError(html, 'GET');
		expect(shaped.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await body(shaped)).toEqual({
			status: 404,
			type: 'application/json',
			json: {
				error: { code: 'not_found', message: 'Det finns ingenting på den här adressen i API:t.' }
			}
		});
	});

	test('a plain-text 405 keeps its Allow header and names the method', async () => {
		const text = new Response('POST method not allowed', {
			status: 405,
			headers: { 'content-type': 'text/plain', allow: 'GET, HEAD' }
		});
		const shaped = await shapedApiError(text, 'POST');
		expect(shaped.headers.get('allow')).toBe('GET, HEAD');
		expect((await body(shaped)).json).toEqual({
			error: {
				code: 'method_not_allowed',
				message: 'Metoden POST går inte att använda på den här adressen (här går GET, HEAD).'
			}
		});
	});

	test('the error handler’s { message } keeps its message; its code decides the status', async () => {
		const plain = Response.json({ message: 'Ett oväntat fel inträffade.' }, { status: 500 });
		expect(await body(await shapedApiError(plain, 'GET'))).toEqual({
			status: 500,
			type: 'application/json',
			json: { error: { code: 'internal', message: 'Ett oväntat fel inträffade.' } }
		});
		const outage = Response.json(
			{ message: 'Databasen svarar inte.', code: 'unavailable' },
			{ status: 500 }
		);
		expect(await body(await shapedApiError(outage, 'GET'))).toEqual({
			status: 503,
			type: 'application/json',
			json: { error: { code: 'unavailable', message: 'Databasen svarar inte.' } }
		});
	});

	test('an answer already in the shape, and every success, pass unchanged', async () => {
		const shaped = apiError(409, 'conflict', 'Ändrad.', { extra: { current: { id: 1 } } });
		expect(await shapedApiError(shaped, 'PUT')).toBe(shaped);
		const ok = new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } });
		expect(await shapedApiError(ok, 'GET')).toBe(ok);
		const notModified = new Response(null, { status: 304 });
		expect(await shapedApiError(notModified, 'GET')).toBe(notModified);
	});

	test('broken JSON in an error is replaced by the status’s message', async () => {
		const broken = new Response('{"mess', {
			status: 413,
			headers: { 'content-type': 'application/json' }
		});
		expect((await body(await shapedApiError(broken, 'POST'))).json).toEqual({
			error: { code: 'too_large', message: 'Anropet är för stort (högst 512 kB).' }
		});
	});
});
