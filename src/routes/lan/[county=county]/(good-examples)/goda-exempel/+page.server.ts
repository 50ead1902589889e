import type { PageServerLoad } from './$types';
import { canNominate, canReview } from '#lib/modules/good-examples/index.ts';
import { countyExamples } from '#lib/modules/good-examples/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The county's good examples: nominations and their ratings (the confirmed ones for everyone). */
export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		examples: unwrap(await countyExamples(locals.db, locals.actor, county.code)),
		canNominate: canNominate(locals.actor, county.code),
		canReview: canReview(locals.actor, county.code)
	};
};
