import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { isLocale } from '$lib/i18n/index.ts';
import { appDatabase } from '$lib/server/app.ts';
import { anonymous } from '$lib/server/auth/actor.ts';
import { actorForApiToken, actorForSession, SESSION_COOKIE } from '$lib/server/auth/sessions.ts';
import { databaseFault, weatherDatabaseFaults } from '$lib/server/unavailable.ts';

function apiError(status: number, code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status,
		headers: { 'content-type': 'application/json' }
	});
}

export const init: ServerInit = async () => {
	await appDatabase();
};

const main: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get('lang');
	event.locals.locale = isLocale(fromCookie) ? fromCookie : 'sv';
	event.locals.db = (await appDatabase()).db;
	event.locals.actor = anonymous;
	event.locals.sessionToken = null;

	const bearer = event.request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
	const cookie = event.cookies.get(SESSION_COOKIE);
	if (bearer && event.url.pathname.startsWith('/api/')) {
		const actor = await actorForApiToken(event.locals.db, bearer);
		if (!actor) return apiError(401, 'unauthorized', 'API-nyckeln är ogiltig eller återkallad.');
		event.locals.actor = actor;
	} else if (cookie) {
		const actor = await actorForSession(event.locals.db, cookie);
		if (actor) {
			event.locals.actor = actor;
			event.locals.sessionToken = cookie;
		} else {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		}
		// SvelteKit checks the origin of form posts; a cookie-authenticated API
		// write must come from Nära's own pages too.
		if (
			event.url.pathname.startsWith('/api/') &&
			!['GET', 'HEAD', 'OPTIONS'].includes(event.request.method) &&
			event.request.headers.get('origin') !== event.url.origin
		) {
			return apiError(403, 'forbidden', 'Anrop från en annan webbplats tas inte emot.');
		}
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%nara.lang%', event.locals.locale)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (!response.headers.has('Content-Security-Policy')) {
		// pages get a hashed CSP from SvelteKit; everything else (API, files) this one
		response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};

export const handle = sequence(weatherDatabaseFaults, main);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const fault = databaseFault(event, error);
	if (fault) return fault;
	if (status !== 404) console.error(error);
	return {
		message: status === 404 ? 'Sidan finns inte.' : 'Ett oväntat fel inträffade.'
	};
};
