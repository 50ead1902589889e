import type { PageServerLoad } from './$types';
import { canWriteReflections } from '#lib/modules/reflections/domain/permissions.ts';
import * as reflectionsReads from '#lib/modules/reflections/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await reflectionsReads.reflectionList(locals.db, locals.actor, county.code)),
		canWrite: canWriteReflections(locals.actor, county.code)
	};
};
