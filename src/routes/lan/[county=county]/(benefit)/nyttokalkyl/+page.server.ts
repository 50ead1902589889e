import type { PageServerLoad } from './$types';
import { templates } from '$lib/modules/benefit/domain/index.ts';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import { municipalities } from '$lib/modules/benefit/server/service.ts';
import { listScenarios } from '$lib/modules/benefit/server/service.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const [scenarios, places] = await Promise.all([
		listScenarios(locals.db, locals.actor, county.code),
		municipalities(locals.db, county.code)
	]);
	return {
		scenarios: unwrap(scenarios),
		municipalityNames: Object.fromEntries(places.map((m) => [m.code, m.name])),
		templates: templates.map((t) => ({
			id: t.id,
			name: t.name,
			description: t.description,
			targetGroup: t.targetGroup
		})),
		canSave: canEditCountyContent(locals.actor, county.code)
	};
};
