import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { chosenCounty } from '#lib/platform/chosen-county.ts';
import { listCounties } from '#lib/modules/counties/service.server.ts';
import { canEditCountyContent, canReadInternal } from '#lib/core/permissions.ts';
import { config } from '#lib/platform/config.ts';
import { unwrap } from '#lib/platform/http.ts';
import * as visionReads from '#lib/modules/vision/read.server.ts';
import { storiesByStatement } from '#lib/modules/stories/index.server.ts';
import { overdueForStartPage } from '#lib/modules/agreements/service.server.ts';
import { ownActions } from '#lib/modules/actions/index.server.ts';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	// the start page is the chosen county's, when a person chose another than the default
	const chosen = chosenCounty(cookies);
	if (chosen && /^[a-z-]{1,40}$/.test(chosen)) {
		const county = (await listCounties(locals.db)).find((c) => c.slug === chosen);
		if (county && county.code !== config().defaultCountyCode) redirect(303, `/lan/${county.slug}`);
	}
	const page = unwrap(
		await visionReads.visionPage(locals.db, locals.actor, config().defaultCountyCode)
	);
	const statementIds = (page.vision?.items ?? [])
		.filter((i) => i.kind === 'citizen_statement')
		.map((i) => i.id);
	const stories = await storiesByStatement(locals.db, page.county.code, statementIds);
	return {
		...page,
		storiesByStatement: Object.fromEntries(stories),
		canEdit: canEditCountyContent(locals.actor, page.county.code),
		canReadInternal: canReadInternal(locals.actor, page.county.code),
		overdueAgreements: await overdueForStartPage(
			locals.db,
			locals.actor,
			page.county.code,
			new Date()
		),
		/** the signed-in person's open actions, shown above the vision */
		ownActions: (await ownActions(locals.db, locals.actor)).map((a) => ({
			...a,
			countySlug: a.countyCode === page.county.code ? page.county.slug : a.countyCode
		}))
	};
};
