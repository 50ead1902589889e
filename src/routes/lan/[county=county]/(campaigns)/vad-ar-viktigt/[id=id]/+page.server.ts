import type { PageServerLoad } from './$types';
import { canThemeAnswers } from '#lib/modules/campaigns/index.ts';
import { campaignSummary } from '#lib/modules/campaigns/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	return {
		summary: unwrap(await campaignSummary(locals.db, county.code, Number(params.id))),
		canTheme: canThemeAnswers(locals.actor, county.code),
		today: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date())
	};
};
