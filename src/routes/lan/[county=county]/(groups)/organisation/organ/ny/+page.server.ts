import { createGroup } from '#lib/modules/groups/service.server.ts';
import { countyEditor, formAction, formLoad } from '#lib/platform/edit-page.ts';

export const load = formLoad(countyEditor);

export const actions = {
	default: formAction(
		createGroup,
		(county, group) => `/lan/${county.slug}/organisation#group-${group.id}`
	)
};
