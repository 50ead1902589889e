import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { safeReturnPath, setSessionCookie } from '#lib/modules/accounts/server/cookies.ts';
import {
	completeSignIn,
	oidcSettings,
	SSO_COOKIE,
	SSO_COOKIE_PATH,
	ssoCookieOptions
} from '#lib/modules/accounts/server/oidc.ts';
import { signOut } from '#lib/modules/accounts/server/service.ts';

/** What to tell a person who signed in but got fewer roles than expected, for the next request. */
const NOTICE_COOKIE = 'nara_sso_notice';

function readNotice(saved: string | undefined): { notice: string; returnTo: string } | null {
	try {
		const value = JSON.parse(saved ?? 'null') as { notice?: unknown; returnTo?: unknown } | null;
		return typeof value?.notice === 'string' && typeof value.returnTo === 'string'
			? { notice: value.notice, returnTo: safeReturnPath(value.returnTo) }
			: null;
	} catch {
		return null;
	}
}

/**
 * The provider sends the browser back here. On success the session cookie is
 * set and the person goes on to where they were; when there is something to
 * tell them about their roles, they first see it here (after one more
 * redirect, so the page already shows them as signed in). On failure the
 * page says why.
 */
export const load: PageServerLoad = async ({ url, cookies, locals, request }) => {
	const settings = oidcSettings();
	if (!settings) error(404, 'Sidan finns inte.');

	if (url.searchParams.has('klar')) {
		const saved = cookies.get(NOTICE_COOKIE);
		cookies.delete(NOTICE_COOKIE, { path: SSO_COOKIE_PATH });
		const shown = readNotice(saved);
		if (!shown || locals.actor.kind !== 'user') redirect(303, '/logga-in');
		return { signedIn: true as const, ...shown };
	}

	const pending = cookies.get(SSO_COOKIE);
	cookies.delete(SSO_COOKIE, { path: SSO_COOKIE_PATH });
	const outcome = await completeSignIn(
		locals.db,
		settings,
		url,
		pending,
		request.headers.get('user-agent') ?? ''
	);
	if (outcome.kind !== 'ok') return { signedIn: false as const, message: outcome.message };

	// a sign-in replaces whatever session this browser had
	if (locals.sessionToken) await signOut(locals.db, locals.sessionToken);
	setSessionCookie(cookies, url, outcome.value.token, outcome.value.expiresAt);
	if (!outcome.value.notice) redirect(303, outcome.value.returnTo);
	cookies.set(
		NOTICE_COOKIE,
		JSON.stringify({ notice: outcome.value.notice, returnTo: outcome.value.returnTo }),
		ssoCookieOptions(url)
	);
	redirect(303, `${SSO_COOKIE_PATH}/callback?klar`);
};
