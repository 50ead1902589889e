import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { notFound } from '$lib/core/outcome.ts';
import { isLocale } from '$lib/i18n/index.ts';
import { county as findCounty } from '$lib/modules/counties/service.server.ts';
import { appDatabase } from '$lib/platform/app.ts';
import { anonymous } from '$lib/core/actor.ts';
import {
	actorForApiToken,
	actorForSession,
	SESSION_COOKIE
} from '$lib/modules/accounts/server/sessions.ts';

function apiError(status: number, code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status,
		headers: { 'content-type': 'application/json' }
	});
}

export const init: ServerInit = async () => {
	await appDatabase();
};

export const handle: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get('lang');
	event.locals.locale = isLocale(fromCookie) ? fromCookie : 'sv';
	event.locals.db = (await appDatabase()).db;
	event.locals.actor = anonymous;
	event.locals.sessionToken = null;
	const countyParam = event.params.county ?? event.params.code;
	let county: ReturnType<App.Locals['county']> | undefined;
	event.locals.county = () =>
		(county ??= countyParam
			? findCounty(event.locals.db, countyParam)
			: Promise.resolve(notFound('Adressen anger inget län.')));

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

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message: status === 404 ? 'Sidan finns inte.' : 'Ett oväntat fel inträffade.'
	};
};
