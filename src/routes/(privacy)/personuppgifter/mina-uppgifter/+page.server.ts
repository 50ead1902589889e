import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { eraseAccount } from '#lib/modules/privacy/account-data.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	return { person: { name: actor.name, email: actor.email } };
};

export const actions: Actions = {
	erase: async ({ locals, request, url, cookies }) => {
		const actor = requireUser(locals, url);
		const values = await formValues(request);
		const done = await eraseAccount(locals.db, actor, values);
		if (done.kind !== 'ok') return formFailure(done, values);
		for (const c of cookies.getAll()) cookies.delete(c.name, { path: '/' });
		redirect(303, '/personuppgifter/mina-uppgifter/raderat');
	}
};
