import { createDecision, decisionChoices } from '#lib/modules/decisions/service.server.ts';
import { formAction, formLoad } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await decisionChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(createDecision, (county, d) => `/lan/${county.slug}/beslut#beslut-${d.id}`)
};
