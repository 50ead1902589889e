import {
	getMilestone,
	milestoneChoices,
	updateMilestone
} from '#lib/modules/milestones/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getMilestone, async (milestone, { db, actor, county }) => ({
	milestone,
	choices: unwrap(await milestoneChoices(db, actor, county.code))
}));

export const actions = {
	save: formAction(
		updateMilestone,
		(county, m) => `/lan/${county.slug}/milstolpar#milstolpe-${m.id}`,
		nestedForm(['initiativeIds', 'processIds', 'roadmapItemIds'])
	)
};
