import { createTimelineEvent } from '#lib/modules/timeline/service.server.ts';
import { countyEditor, formAction, formLoad } from '#lib/platform/edit-page.ts';

export const load = formLoad(countyEditor);

export const actions = {
	default: formAction(
		createTimelineEvent,
		(county, e) => `/lan/${county.slug}/tidslinje?sparad=${e.id}#handelse-${e.id}`
	)
};
