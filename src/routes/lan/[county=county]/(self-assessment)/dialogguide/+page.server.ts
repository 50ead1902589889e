import type { PageServerLoad } from './$types';
import { canEditTemplates, canOpenRounds } from '#lib/modules/self-assessment/index.ts';
import { currentTemplate } from '#lib/modules/self-assessment/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		template: unwrap(await currentTemplate(locals.db, county.code)),
		canOpen: canOpenRounds(locals.actor, county.code),
		canEdit: canEditTemplates(locals.actor, county.code)
	};
};
