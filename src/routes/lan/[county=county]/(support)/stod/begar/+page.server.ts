import { supportCatalogue } from '#lib/modules/support/read.server.ts';
import { requestChoices, requestSupport } from '#lib/modules/support/service.server.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

/** A workplace asks the support structure for support. */
export const load = formLoad(async ({ db, actor, county, url }) => ({
	organisations: unwrap(await requestChoices(db, actor, county.code)).organisations,
	offers: unwrap(await supportCatalogue(db, actor, county.code)).offers.map((o) => ({
		id: o.id,
		title: o.title
	})),
	chosen: url.searchParams.get('stod') ?? ''
}));

export const actions = {
	default: formAction(
		requestSupport,
		(county, r) => `/lan/${county.slug}/stod/forfragningar/${r.id}?skickad=1`,
		nestedForm(['developmentAreas'])
	)
};
