import { initiativeFailure, initiativeForm } from '#lib/modules/initiatives/form-action.server.ts';
import { createInitiative, initiativeChoices } from '#lib/modules/initiatives/service.server.ts';
import { formAction, formLoad } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await initiativeChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(createInitiative, (county, i) => `/lan/${county.slug}/insatser/${i.id}`, {
		read: initiativeForm,
		input: ({ values }) => ({ ...values }),
		failure: (outcome, { values }) => initiativeFailure(outcome, values)
	})
};
