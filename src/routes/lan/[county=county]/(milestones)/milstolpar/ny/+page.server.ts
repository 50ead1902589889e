import { createMilestone, milestoneChoices } from '#lib/modules/milestones/service.server.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

const lists = ['initiativeIds', 'processIds', 'roadmapItemIds'];

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await milestoneChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(
		createMilestone,
		(county, m) => `/lan/${county.slug}/milstolpar#milstolpe-${m.id}`,
		nestedForm(lists)
	)
};
