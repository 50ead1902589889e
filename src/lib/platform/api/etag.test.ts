import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ok, notFound } from '../../core/outcome.ts';
import { cachedApiResponse, etagOf, matchesEtag } from './etag.ts';

describe('ETag on read endpoints', () => {
	const schema = z.object({ n: z.number() });
	const get = (headers: Record<string, string> = {}) =>
		new Request('http://nara.test/api/x', { headers });

	test('200 with an ETag that is a hash of the body; 304 when If-None-Match names it', async () => {
		const first = cachedApiResponse(get(), ok({ n: 1, extra: 'dropped' }), schema);
		expect(first.status).toBe(200);
		const body = await first.text();
		expect(body).toBe('{"n":1}');
		const etag = first.headers.get('etag')!;
		expect(etag).toBe(etagOf(body));
		const again = cachedApiResponse(get({ 'if-none-match': etag }), ok({ n: 1 }), schema);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
		const changed = cachedApiResponse(get({ 'if-none-match': etag }), ok({ n: 2 }), schema);
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
	});

	test('If-None-Match lists, weak tags and *', () => {
		expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
		expect(matchesEtag('*', '"b"')).toBe(true);
		expect(matchesEtag('"a"', '"b"')).toBe(false);
		expect(matchesEtag(null, '"b"')).toBe(false);
	});

	test('errors are not cached', () => {
		const r = cachedApiResponse(get(), notFound('Finns inte.'), schema);
		expect(r.status).toBe(404);
		expect(r.headers.get('etag')).toBeNull();
	});
});
