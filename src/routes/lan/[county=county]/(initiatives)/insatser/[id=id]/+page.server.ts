import type { PageServerLoad } from './$types';
import { canReadInternal } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { getInitiative } from '#lib/modules/initiatives/service.server.ts';
import { pageCounty } from '#lib/platform/request.ts';
import { storiesLinkedTo } from '#lib/modules/stories/index.server.ts';
import { exampleOfInitiative } from '#lib/modules/good-examples/read.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	const initiative = unwrap(
		await getInitiative(locals.db, locals.actor, county.code, formId(params.id))
	);
	return {
		initiative,
		canReadHistory: canReadInternal(locals.actor, county.code),
		stories: await storiesLinkedTo(locals.db, county.code, { initiative: initiative.id }),
		goodExample: await exampleOfInitiative(locals.db, locals.actor, initiative.id)
	};
};
