import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '#lib/core/permissions.ts';
import { config } from '#lib/platform/config.ts';
import { unwrap } from '#lib/platform/http.ts';
import * as visionReads from '#lib/modules/vision/read.server.ts';
import { storiesByStatement } from '#lib/modules/stories/index.server.ts';
import { overdueForStartPage } from '#lib/modules/agreements/service.server.ts';
import { ownActions } from '#lib/modules/actions/index.server.ts';

export const load: PageServerLoad = async ({ locals, parent }) => {
	// the start page is the chosen county's, when a person chose another than the default (the
	// layout has already read the county list and resolved the choice)
	const { county } = await parent();
	if (county && county.code !== config().defaultCountyCode) redirect(303, `/lan/${county.slug}`);
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
