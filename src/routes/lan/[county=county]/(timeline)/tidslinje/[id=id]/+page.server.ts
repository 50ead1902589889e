import {
	archiveTimelineEvent,
	getTimelineEvent,
	updateTimelineEvent
} from '#lib/modules/timeline/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

export const load = editLoad(getTimelineEvent, (event) => ({ event }));

export const actions = {
	save: formAction(
		updateTimelineEvent,
		(county, e) => `/lan/${county.slug}/tidslinje#handelse-${e.id}`
	),
	archive: formAction(archiveTimelineEvent, (county) => `/lan/${county.slug}/tidslinje`)
};
