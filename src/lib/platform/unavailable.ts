import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { renewAppDatabase } from './app.ts';
import { isBrokenConnection, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from './db/faults.ts';

/**
 * Requests that fail because the database cannot be reached are answered 503
 * (the API in its error shape, pages with a Swedish page) instead of 500, and
 * a broken pool is renewed. `handleError` marks such a request; the handle
 * below (first in the sequence) turns its answer into the 503.
 */

const failed = new WeakSet<object>();
let loggedAt = 0;
let unlogged = 0;

/** For `handleError`: notes a database fault of the request; the message people see. */
export function databaseFault(
	event: RequestEvent,
	error: unknown
): { message: string } | undefined {
	if (!isDatabaseUnavailable(error)) return undefined;
	failed.add(event.locals);
	noteFault(error, event.url.pathname);
	return { message: UNAVAILABLE_MESSAGE };
}

/** Logs a database fault (a line a second at most) and renews the pool if a connection broke. */
export function noteFault(error: unknown, pathname: string): void {
	if (isBrokenConnection(error)) renewAppDatabase();
	// one line a second at most: an outage under load would otherwise flood the log
	const now = Date.now();
	if (now - loggedAt < 1_000) {
		unlogged++;
		return;
	}
	const more = unlogged ? ` (och ${unlogged} till sedan förra meddelandet)` : '';
	loggedAt = now;
	unlogged = 0;
	console.error(`Databasen kunde inte nås: ${describe(error)}, ${pathname}${more}`);
}

function describe(error: unknown): string {
	let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
	while (e?.cause && typeof e.cause === 'object') e = e.cause as typeof e;
	return [e?.code, e?.message].filter((x) => typeof x === 'string').join(' ') || String(error);
}

const page = `<!doctype html>
<html lang="sv">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>Databasen går inte att nå – Nära</title>
	</head>
	<body>
		<main>
			<h1>Databasen går inte att nå just nu</h1>
			<p>Nära kan inte hämta eller spara något för tillfället. Försök igen om en stund.</p>
			<p><a href="/">Till startsidan</a></p>
		</main>
	</body>
</html>
`;

/** The 503 answer: the error shape under /api/, /readyz and for JSON requests, otherwise a page. */
export function unavailableResponse(event: RequestEvent): Response {
	const headers = {
		'Retry-After': '5',
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
		'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'"
	};
	const json =
		event.url.pathname.startsWith('/api/') ||
		event.url.pathname === '/readyz' ||
		event.url.pathname.endsWith('/__data.json') ||
		event.request.headers.get('accept') === 'application/json';
	if (json) {
		return new Response(
			JSON.stringify({ error: { code: 'unavailable', message: UNAVAILABLE_MESSAGE } }),
			{ status: 503, headers: { ...headers, 'content-type': 'application/json' } }
		);
	}
	return new Response(page, {
		status: 503,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}

/** First in the sequence of handles: turns a database fault anywhere below into 503. */
export const weatherDatabaseFaults: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (e) {
		if (!isDatabaseUnavailable(e)) throw e;
		noteFault(e, event.url.pathname);
		return unavailableResponse(event);
	}
	if (response.status >= 500 && failed.has(event.locals)) {
		await response.body?.cancel().catch(() => {});
		return unavailableResponse(event);
	}
	return response;
};
