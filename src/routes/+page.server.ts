import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/core/permissions.ts';
import { config } from '$lib/platform/config.ts';
import { unwrap } from '$lib/platform/http.ts';
import * as visionReads from '$lib/modules/vision/read.server.ts';
import { overdueForStartPage } from '$lib/modules/agreements/service.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const page = unwrap(
		await visionReads.visionPage(locals.db, locals.actor, config().defaultCountyCode)
	);
	return {
		...page,
		canEdit: canEditCountyContent(locals.actor, page.county.code),
		canReadInternal: canReadInternal(locals.actor, page.county.code),
		overdueAgreements: await overdueForStartPage(
			locals.db,
			locals.actor,
			page.county.code,
			new Date()
		)
	};
};
