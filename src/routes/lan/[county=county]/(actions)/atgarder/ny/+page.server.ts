import { actionChoices, createAction } from '#lib/modules/actions/service.server.ts';
import { formAction, formLoad } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await actionChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(createAction, (county, a) => `/lan/${county.slug}/atgarder/${a.id}`)
};
