import * as roadmapReads from '#lib/modules/roadmap/read.server.ts';
import { createRoadmapItem } from '#lib/modules/roadmap/service.server.ts';
import { countyEditor, formAction, formLoad } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async (at) => {
	countyEditor(at);
	// the county has a roadmap to add to (else the 404 page)
	unwrap(await roadmapReads.roadmap(at.db, at.actor, at.county.code));
	return {};
});

export const actions = {
	default: formAction(
		createRoadmapItem,
		(county, item) => `/lan/${county.slug}/fardplan#${item.kind}-${item.key}`
	)
};
