import { archiveOffer, getOffer, updateOffer } from '#lib/modules/support/offers.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';

export const load = editLoad(getOffer, (offer) => ({ offer }));

export const actions = {
	save: formAction(
		updateOffer,
		(county, o) => `/lan/${county.slug}/stod/${o.id}`,
		nestedForm(['prerequisites', 'developmentAreas'])
	),
	archive: formAction(archiveOffer, (county) => `/lan/${county.slug}/stod`)
};
