import { getRequest, handleRequest } from '#lib/modules/support/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

/** One request for support; the support structure handles it here (status and notes). */
export const load = editLoad(getRequest, (request, { url }) => ({
	request,
	sent: url.searchParams.has('skickad')
}));

export const actions = {
	save: formAction(
		handleRequest,
		(county, r) => `/lan/${county.slug}/stod/forfragningar/${r.id}?sparad=1`
	)
};
