import {
	archiveReflection,
	getReflection,
	reflectionChoices,
	updateReflection
} from '#lib/modules/reflections/service.server.ts';
import { REFLECTION_LISTS } from '#lib/modules/reflections/schema.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getReflection, async (reflection, { db, actor, county }) => ({
	/** lists as the form sends them: joined by commas */
	reflection: {
		...reflection,
		indicators: reflection.indicators.join(', '),
		initiatives: reflection.initiatives.join(','),
		stories: reflection.stories.join(','),
		barriers: reflection.barriers.join(',')
	},
	choices: unwrap(await reflectionChoices(db, actor, county.code))
}));

export const actions = {
	save: formAction(
		updateReflection,
		(county, r) => `/lan/${county.slug}/reflektioner/${r.id}`,
		nestedForm(REFLECTION_LISTS)
	),
	archive: formAction(archiveReflection, (county) => `/lan/${county.slug}/reflektioner`)
};
