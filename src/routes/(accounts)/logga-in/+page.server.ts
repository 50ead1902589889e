import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeReturnPath, setSessionCookie } from '#lib/modules/accounts/server/cookies.ts';
import { oidcEnabled } from '#lib/modules/accounts/server/oidc.ts';
import { signInWithPassword } from '#lib/modules/accounts/server/service.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user') redirect(303, safeReturnPath(url.searchParams.get('till')));
	return {
		oidc: oidcEnabled(),
		returnTo: safeReturnPath(url.searchParams.get('till')),
		/** the one-time link's page sends a person here once the password is set */
		passwordSet: url.searchParams.get('losenord') === 'satt'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const values = await formValues(request);
		const outcome = await signInWithPassword(locals.db, values, {
			address: getClientAddress(),
			userAgent: request.headers.get('user-agent') ?? ''
		});
		if (outcome.kind !== 'ok') return formFailure(outcome, { email: values.email ?? '' });
		setSessionCookie(cookies, url, outcome.value.token, outcome.value.expiresAt);
		redirect(303, safeReturnPath(values.till));
	}
};
