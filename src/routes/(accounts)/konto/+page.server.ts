import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { account } from '#lib/modules/accounts/server/account.ts';
import type { Actor } from '#lib/core/actor.ts';
import { clearSessionCookie } from '#lib/modules/accounts/server/cookies.ts';
import { signOutEverywhere } from '#lib/modules/accounts/server/service.ts';
import { changePassword, hasPassword } from '#lib/modules/accounts/server/own-password.ts';
import {
	createApiToken,
	listOwnApiTokens,
	revokeApiToken
} from '#lib/modules/accounts/server/users.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { tokenRolesFor } from '#lib/modules/accounts/index.ts';
import * as groupsReads from '#lib/modules/groups/read.server.ts';

const signIn = '/logga-in?till=/konto';

function signedIn(actor: Actor): Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') redirect(303, signIn);
	return actor;
}

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const actor = signedIn(locals.actor);
	const [me, tokens, { county }, withPassword] = await Promise.all([
		account(locals.db, actor),
		listOwnApiTokens(locals.db, actor),
		parent(),
		hasPassword(locals.db, actor.userId)
	]);
	// a key gets a role the person has in the county shown in the header, or a lower one
	const tokenRoles = county ? tokenRolesFor(actor, county.code) : [];
	// an editor's key edits for one organisation: the editor's own, or (above an editor) any of the county's
	const held = actor.roles.filter((r) => r.countyCode === county?.code);
	const aboveEditor = held.some((r) => r.role !== 'editor' && r.role !== 'reader');
	const ownOrganisations = new Set(held.map((r) => r.organisationId));
	const tokenOrganisations =
		county && tokenRoles.includes('editor')
			? unwrap(await groupsReads.organisations(locals.db, actor, county.code))
					.organisations.filter((o) => aboveEditor || ownOrganisations.has(o.id))
					.map((o) => ({ id: o.id, name: o.name }))
					.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
			: [];
	return {
		account: unwrap(me),
		tokens,
		tokenRoles,
		tokenOrganisations,
		origin: url.origin,
		/** a person who signs in only through their organisation has no password to change */
		hasPassword: withPassword,
		passwordChanged: url.searchParams.get('losenord') === 'bytt'
	};
};

export const actions: Actions = {
	signOutEverywhere: async ({ locals, cookies }) => {
		const outcome = await signOutEverywhere(locals.db, signedIn(locals.actor));
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		clearSessionCookie(cookies);
		redirect(303, '/logga-in');
	},
	changePassword: async ({ locals, request, getClientAddress }) => {
		const actor = signedIn(locals.actor);
		const values = await formValues(request);
		const outcome = await changePassword(locals.db, actor, values, {
			address: getClientAddress(),
			sessionToken: locals.sessionToken
		});
		// the answer names its form, so the page shows its errors there and nowhere else
		if (outcome.kind !== 'ok') return formFailure(outcome, { form: 'password' });
		redirect(303, '/konto?losenord=bytt#change-password');
	},
	createToken: async ({ locals, request }) => {
		const actor = signedIn(locals.actor);
		const values = await formValues(request);
		const outcome = await createApiToken(locals.db, actor, values.countyCode ?? '', {
			name: values.name,
			role: values.role,
			organisationId: values.organisationId
		});
		if (outcome.kind !== 'ok')
			return formFailure(outcome, {
				name: values.name ?? '',
				role: values.role ?? '',
				organisationId: values.organisationId ?? ''
			});
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
