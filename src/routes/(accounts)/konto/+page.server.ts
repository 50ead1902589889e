import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { account } from '$lib/modules/accounts/server/account.ts';
import type { Actor } from '$lib/core/actor.ts';
import { clearSessionCookie } from '$lib/modules/accounts/server/cookies.ts';
import { signOutEverywhere } from '$lib/modules/accounts/server/service.ts';
import {
	createApiToken,
	listOwnApiTokens,
	revokeApiToken
} from '$lib/modules/accounts/server/users.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';

const signIn = '/logga-in?till=/konto';

function signedIn(actor: Actor): Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') redirect(303, signIn);
	return actor;
}

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const actor = signedIn(locals.actor);
	const [me, tokens, { county }] = await Promise.all([
		account(locals.db, actor),
		listOwnApiTokens(locals.db, actor),
		parent()
	]);
	// a key gets one of the roles the person has in the county shown in the header
	const tokenRoles = [
		...new Set(actor.roles.filter((r) => r.countyCode === county?.code).map((r) => r.role))
	];
	return { account: unwrap(me), tokens, tokenRoles, origin: url.origin };
};

export const actions: Actions = {
	signOutEverywhere: async ({ locals, cookies }) => {
		const outcome = await signOutEverywhere(locals.db, signedIn(locals.actor));
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		clearSessionCookie(cookies);
		redirect(303, '/logga-in');
	},
	createToken: async ({ locals, request }) => {
		const actor = signedIn(locals.actor);
		const values = await formValues(request);
		const outcome = await createApiToken(locals.db, actor, values.countyCode ?? '', {
			name: values.name,
			role: values.role
		});
		if (outcome.kind !== 'ok')
			return formFailure(outcome, { name: values.name ?? '', role: values.role ?? '' });
		return { created: { name: values.name!.trim(), token: outcome.value.token } };
	},
	revokeToken: async ({ locals, request }) => {
		const actor = signedIn(locals.actor);
		const values = await formValues(request);
		const outcome = await revokeApiToken(locals.db, actor, formId(values.tokenId));
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		const tokens = await listOwnApiTokens(locals.db, actor);
		return { revoked: tokens.find((t) => t.id === outcome.value.id)?.name ?? '' };
	}
};
