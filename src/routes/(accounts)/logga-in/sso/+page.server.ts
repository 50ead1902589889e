import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeReturnPath } from '#lib/modules/accounts/server/cookies.ts';
import {
	beginSignIn,
	callbackUrl,
	oidcSettings,
	SSO_COOKIE,
	ssoCookieOptions
} from '#lib/modules/accounts/server/oidc.ts';
import { formValues } from '#lib/platform/forms.ts';

export const load: PageServerLoad = ({ url }) => {
	if (!oidcSettings()) error(404, 'Sidan finns inte.');
	return { returnTo: safeReturnPath(url.searchParams.get('till')) };
};

export const actions: Actions = {
	/** Starts single sign-on: off to the organisation's provider, with a cookie for the way back. */
	default: async ({ request, url, cookies }) => {
		const settings = oidcSettings();
		if (!settings) error(404, 'Sidan finns inte.');
		const values = await formValues(request);
		const returnTo = safeReturnPath(values.till);
		const outcome = await beginSignIn(settings, callbackUrl(url.origin), returnTo);
		if (outcome.kind !== 'ok') return fail(503, { message: outcome.message, returnTo });
		cookies.set(SSO_COOKIE, outcome.value.cookie, ssoCookieOptions(url));
		redirect(303, outcome.value.url.href);
	}
};
