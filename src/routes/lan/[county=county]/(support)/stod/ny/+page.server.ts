import { createOffer } from '#lib/modules/support/offers.server.ts';
import { countyEditor, formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';

export const load = formLoad(countyEditor);

export const actions = {
	default: formAction(
		createOffer,
		(county, o) => `/lan/${county.slug}/stod/${o.id}`,
		nestedForm(['prerequisites', 'developmentAreas'])
	)
};
