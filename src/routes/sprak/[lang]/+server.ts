import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale } from '#lib/i18n/index.ts';
import { safeReturnPath } from '#lib/modules/accounts/server/cookies.ts';

/** Switches the interface language (a cookie) and returns to the page the link was on. */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isLocale(params.lang)) error(404, 'Språket finns inte.');
	cookies.set('lang', params.lang, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60 * 60 * 24 * 365
	});
	redirect(303, safeReturnPath(url.searchParams.get('till')));
};
