import type { PageServerLoad } from './$types';
import { templates } from '#lib/modules/benefit/domain/index.ts';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import { municipalityNames } from '#lib/modules/benefit/server/pages.ts';
import { listScenarios } from '#lib/modules/benefit/server/service.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const [scenarios, names] = await Promise.all([
		listScenarios(locals.db, locals.actor, county.code),
		municipalityNames(locals.db, county.code)
	]);
	return {
		scenarios: unwrap(scenarios),
		municipalityNames: names,
		templates: templates.map((t) => ({
			id: t.id,
			name: t.name,
			description: t.description,
			targetGroup: t.targetGroup
		})),
		canSave: canEditCountyContent(locals.actor, county.code)
	};
};
