import type { PageServerLoad } from './$types';
import { canManageSupport, canRequestSupport } from '#lib/modules/support/index.ts';
import { supportOffer } from '#lib/modules/support/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** One offer of the support structure, with its course rounds and participants per organisation. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	return {
		offer: unwrap(await supportOffer(locals.db, locals.actor, county.code, formId(params.id))),
		canManage: canManageSupport(locals.actor, county.code),
		canRequest: canRequestSupport(locals.actor, county.code)
	};
};
