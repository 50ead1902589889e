import type { PageServerLoad } from './$types';
import { municipalityNames, scenarioView } from '#lib/modules/benefit/server/pages.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await scenarioView(locals, params.id, url.searchParams.get('version'));
	return {
		scenario: view.scenario,
		template: view.template,
		municipalityNames: await municipalityNames(locals.db, view.county.code),
		results: view.results
	};
};
