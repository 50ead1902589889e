import { etagOf, matchesEtag } from './etag.ts';

/**
 * A public file (open data) with an ETag: a request whose If-None-Match
 * names it gets 304 and no body. Harvesters ask again each time (no-cache)
 * and download only what changed.
 */
export function cachedFile(
	request: Request,
	body: string,
	headers: Record<string, string>
): Response {
	const etag = etagOf(body);
	const common = { etag, 'cache-control': 'public, no-cache', ...headers };
	if (matchesEtag(request.headers.get('if-none-match'), etag))
		return new Response(null, {
			status: 304,
			headers: { etag, 'cache-control': 'public, no-cache' }
		});
	return new Response(body, { status: 200, headers: common });
}
