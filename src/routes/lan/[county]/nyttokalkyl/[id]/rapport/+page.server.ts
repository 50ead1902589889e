import type { PageServerLoad } from './$types';
import { templateById } from '$lib/domain/benefit-model/index.ts';
import { resultsView, templateInfo } from '$lib/server/benefit/editor.ts';
import { municipalities } from '$lib/server/benefit/queries.ts';
import { computeValidated, getScenario } from '$lib/server/benefit/service.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const asked = url.searchParams.get('version');
	const scenario = unwrap(
		await getScenario(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			asked === null ? undefined : formId(asked)
		)
	);
	const template = scenario.templateId ? templateById(scenario.templateId) : undefined;
	const places = await municipalities(locals.db, county.code);
	return {
		scenario,
		template: template ? templateInfo(template) : null,
		municipalityNames: Object.fromEntries(places.map((m) => [m.code, m.name])),
		results: resultsView(computeValidated(scenario.input))
	};
};
