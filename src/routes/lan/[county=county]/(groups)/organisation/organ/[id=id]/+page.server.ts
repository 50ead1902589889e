import { archiveGroup, getGroup, updateGroup } from '#lib/modules/groups/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

export const load = editLoad(getGroup, (group) => ({ group }));

export const actions = {
	save: formAction(
		updateGroup,
		(county, group) => `/lan/${county.slug}/organisation#group-${group.id}`
	),
	archive: formAction(archiveGroup, (county) => `/lan/${county.slug}/organisation`)
};
