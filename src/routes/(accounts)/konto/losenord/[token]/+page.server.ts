import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { passwordLinkOwner, setPasswordWithLink } from '#lib/modules/accounts/server/service.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const owner = await passwordLinkOwner(locals.db, params.token);
	if (!owner)
		error(
			404,
			'Länken gäller inte längre. Begär en ny under ”Glömt lösenordet?” på inloggningssidan, eller be en administratör om en ny länk.'
		);
	return { owner };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = await formValues(request);
		const outcome = await setPasswordWithLink(locals.db, params.token, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		redirect(303, '/logga-in?losenord=satt');
	}
};
