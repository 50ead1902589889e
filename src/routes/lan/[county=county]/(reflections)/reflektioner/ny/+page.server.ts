import { createReflection, reflectionChoices } from '#lib/modules/reflections/service.server.ts';
import { swedishDay } from '#lib/modules/actions/index.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';
import { REFLECTION_LISTS } from '#lib/modules/reflections/schema.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await reflectionChoices(db, actor, county.code)),
	today: swedishDay(new Date())
}));

export const actions = {
	default: formAction(
		createReflection,
		(county, r) => `/lan/${county.slug}/reflektioner/${r.id}`,
		nestedForm(REFLECTION_LISTS)
	)
};
