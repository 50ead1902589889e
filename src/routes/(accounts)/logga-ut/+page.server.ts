import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clearSessionCookie } from '#lib/modules/accounts/server/cookies.ts';
import { signOut } from '#lib/modules/accounts/server/service.ts';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.actor.kind !== 'user') redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.sessionToken) await signOut(locals.db, locals.sessionToken);
		clearSessionCookie(cookies);
		redirect(303, '/');
	}
};
