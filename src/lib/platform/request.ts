import { error, redirect } from '@sveltejs/kit';
import type { Actor } from '../core/actor.ts';
import type { Outcome } from '../core/outcome.ts';
import { unwrap } from './http.ts';

/**
 * What every route asks of the request, written once: the county of the URL
 * (`[county]` or `[code]`, resolved by the hook at most once per request) and
 * the signed-in person.
 */

type County = App.County;

/** For pages: the county of the URL, or the 404 page ("Länet … finns inte."). */
export async function pageCounty(locals: App.Locals): Promise<County> {
	return unwrap(await locals.county());
}

/** For the API: the county of the URL as an outcome, for apiResponse. */
export function apiCounty(locals: App.Locals): Promise<Outcome<County>> {
	return locals.county();
}

/**
 * For pages that need someone signed in: anonymous visitors go to sign-in and
 * come back to this page (with its query string when `keepQuery`, for pages
 * whose filters are in the URL; never for form actions, whose query is `?/name`).
 */
export function requireUser(
	locals: App.Locals,
	url: URL,
	{ keepQuery = false } = {}
): Extract<Actor, { kind: 'user' }> {
	const actor = locals.actor;
	if (actor.kind === 'user') return actor;
	if (actor.kind === 'anonymous')
		redirect(
			303,
			`/logga-in?till=${encodeURIComponent(keepQuery ? url.pathname + url.search : url.pathname)}`
		);
	error(403, 'Sidan är till för inloggade personer.');
}
