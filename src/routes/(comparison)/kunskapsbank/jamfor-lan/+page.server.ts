import type { PageServerLoad } from './$types';
import { compareCounties, comparisonChoices } from '#lib/modules/comparison/read.server.ts';

/**
 * Counties side by side. The choice is in the address (a GET form), so the
 * page works without JavaScript and a comparison can be shared as a link.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const lan = url.searchParams.getAll('lan');
	const counties = await comparisonChoices(locals.db);
	if (lan.length === 0) return { counties, chosen: [], result: null, errors: null };
	const outcome = await compareCounties(locals.db, locals.actor, {
		lan,
		indikator: url.searchParams.getAll('indikator')
	});
	return {
		counties,
		chosen: lan,
		result: outcome.kind === 'ok' ? outcome.value : null,
		errors: outcome.kind === 'invalid' ? outcome.fields : null
	};
};
