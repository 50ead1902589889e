import { getRoadmap, updateRoadmap } from '#lib/modules/roadmap/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

export const load = editLoad(getRoadmap, (roadmap) => ({ roadmap }));

export const actions = {
	default: formAction(updateRoadmap, (county) => `/lan/${county.slug}/fardplan`)
};
