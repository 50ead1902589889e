import { error } from '@sveltejs/kit';
import { canManageSupport } from '#lib/modules/support/index.ts';
import { supportOffer } from '#lib/modules/support/read.server.ts';
import { addCourseRound, requestChoices } from '#lib/modules/support/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

/** The support structure records a round of a course, with participants per organisation. */
export const load = editLoad(supportOffer, async (offer, { db, actor, county }) => {
	if (!canManageSupport(actor, county.code))
		error(403, 'Bara stödstrukturens samordnare kan lägga till omgångar.');
	return {
		offer,
		organisations: unwrap(await requestChoices(db, actor, county.code)).organisations
	};
});

export const actions = {
	default: formAction(
		addCourseRound,
		(county, r) => `/lan/${county.slug}/stod/${r.offerId}#omgangar`,
		nestedForm()
	)
};
