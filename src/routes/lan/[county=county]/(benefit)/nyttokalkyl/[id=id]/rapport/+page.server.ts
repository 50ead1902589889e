import type { PageServerLoad } from './$types';
import { templateById } from '$lib/modules/benefit/domain/index.ts';
import { resultsView, templateInfo } from '$lib/modules/benefit/server/editor.ts';
import { municipalities } from '$lib/modules/benefit/server/service.ts';
import { computeValidated, getScenario } from '$lib/modules/benefit/server/service.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
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
