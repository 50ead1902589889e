import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { notFound } from '#lib/core/outcome.ts';
import { isLocale } from '#lib/i18n/index.ts';
import { county as findCounty } from '#lib/modules/counties/service.server.ts';
import { prepareDatabase } from '#lib/app/database.ts';
import { openJobs } from '#lib/app/jobs.ts';
import { openJobQueueUnlessProvided } from '#lib/platform/jobs/queue.ts';
import { appDatabase, appReadDatabase, openAppDatabaseUnlessProvided } from '#lib/platform/app.ts';
import { config } from '#lib/platform/config.ts';
import { anonymous } from '#lib/core/actor.ts';
import {
	actorForApiToken,
	actorForSession,
	SESSION_COOKIE
} from '#lib/modules/accounts/server/sessions.ts';
import { sequence } from '@sveltejs/kit/hooks';
import { databaseFault, weatherDatabaseFaults } from '#lib/platform/unavailable.ts';

import {
	apiError,
	apiErrorCode,
	apiErrorMessage,
	apiErrorStatus,
	isApiErrorCode,
	isApiPath,
	shapedApiError
} from '#lib/platform/api-error.ts';
import { refusedPage } from '#lib/platform/refused-page.ts';
import { withShareTags } from '#lib/platform/share-tags.ts';
import {
	addressFault,
	isRefusedTextError,
	REFUSED_TEXT_MESSAGE
} from '#lib/platform/text-guard.ts';

export const init: ServerInit = async () => {
	// under `nara serve` the CLI has opened the database and the job queue
	// already; under `vite dev` they are opened here, with a worker
	const log = (m: string) => console.log(m);
	openAppDatabaseUnlessProvided(() => prepareDatabase(config(), 'web', log));
	openJobQueueUnlessProvided(async () => {
		const jobs = await openJobs(await appDatabase(), config(), { role: 'web', worker: true, log });
		return jobs.queue;
	});
	await appDatabase();
};

/**
 * Every request: an address with invalid text (NUL, control characters,
 * broken %-encoding) is refused with 400 before anything else; under /api/
 * every error answer leaves in the one shape `{ error: { code, message } }`,
 * also when the request hook itself fails.
 */
const edge: Handle = async (input) => {
	const { event } = input;
	const api = isApiPath(event.url.pathname);
	const fault = addressFault(event.url);
	if (fault) return api ? apiError(400, 'invalid', fault) : refusedPage(400, fault);
	if (!api) return handleRequest(input);
	try {
		return await shapedApiError(await handleRequest(input), event.request.method);
	} catch (error) {
		const body = await handleError({ kind: 'unknown', error, event });
		const code = isApiErrorCode(body?.code) ? body.code : 'internal';
		return apiError(apiErrorStatus(code), code, body?.message);
	}
};

const handleRequest: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get('lang');
	event.locals.locale = isLocale(fromCookie) ? fromCookie : 'sv';
	event.locals.db = (await appDatabase()).db;
	event.locals.readDb = (await appReadDatabase()).db;
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
		transformPageChunk: ({ html }) =>
			withShareTags(html.replace('%nara.lang%', event.locals.locale), event.url)
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

export const handle = sequence(weatherDatabaseFaults, edge);

/**
 * Every error but a redirect passes here (SvelteKit 3). An error a route
 * raised itself with `error(...)` keeps its own status and message; a
 * framework error (a 404) and an unexpected one get a Swedish message, and
 * under /api/ the API's error code.
 */
export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'app') return;
	const { event } = caught;
	let status = 500;
	if (caught.kind === 'unknown') {
		const fault = databaseFault(event, caught.error);
		if (fault) return { ...fault, code: 'unavailable' };
		if (isRefusedTextError(caught.error)) return { message: REFUSED_TEXT_MESSAGE, code: 'invalid' };
		console.error(caught.error);
	} else {
		status = caught.error.status;
	}
	if (isApiPath(event.url.pathname))
		return { message: apiErrorMessage(status), code: apiErrorCode(status) };
	return {
		message:
			status === 404
				? 'Sidan finns inte.'
				: status < 500
					? apiErrorMessage(status)
					: 'Ett oväntat fel inträffade.'
	};
};
