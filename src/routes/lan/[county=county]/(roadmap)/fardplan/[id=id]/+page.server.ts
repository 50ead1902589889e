import {
	archiveRoadmapItem,
	getRoadmapItem,
	updateRoadmapItem
} from '#lib/modules/roadmap/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

export const load = editLoad(getRoadmapItem, (item) => ({ item }));

export const actions = {
	save: formAction(
		updateRoadmapItem,
		(county, item) => `/lan/${county.slug}/fardplan#${item.kind}-${item.key}`
	),
	archive: formAction(archiveRoadmapItem, (county) => `/lan/${county.slug}/fardplan`)
};
