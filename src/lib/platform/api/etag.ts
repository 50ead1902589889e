import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { apiResponse } from '../http.ts';
import type { Outcome } from '../../core/outcome.ts';

/**
 * A read endpoint's answer with an ETag (a hash of the body): a request
 * whose If-None-Match names it gets 304 and no body. Clients keep the
 * answer and ask again each time (no-cache), so a change shows at once.
 */

export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether If-None-Match (a list, or *) matches the tag; weak tags compare equal. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const strip = (t: string) => t.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((t) => strip(t) === '*' || strip(t) === etag);
}

export function cachedApiResponse<T>(
	request: Request,
	outcome: Outcome<T>,
	schema: z.ZodType
): Response {
	if (outcome.kind !== 'ok') return apiResponse(outcome, schema);
	const body = JSON.stringify(schema.parse(outcome.value));
	const etag = etagOf(body);
	const headers = { etag, 'cache-control': 'private, no-cache', vary: 'cookie, authorization' };
	if (matchesEtag(request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers });
	return new Response(body, {
		status: 200,
		headers: { ...headers, 'content-type': 'application/json' }
	});
}
