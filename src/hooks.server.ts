import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/index.ts';
import { appDatabase } from '$lib/server/app.ts';

export const init: ServerInit = async () => {
	await appDatabase();
};

export const handle: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get('lang');
	event.locals.locale = isLocale(fromCookie) ? fromCookie : 'sv';
	event.locals.db = (await appDatabase()).db;

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
