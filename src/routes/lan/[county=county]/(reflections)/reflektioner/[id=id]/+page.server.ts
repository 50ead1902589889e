import type { PageServerLoad } from './$types';
import { canWriteReflections } from '#lib/modules/reflections/domain/permissions.ts';
import * as reflectionsReads from '#lib/modules/reflections/read.server.ts';
import { canReadInternal } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	return {
		reflection: unwrap(
			await reflectionsReads.reflection(locals.db, locals.actor, county.code, formId(params.id))
		),
		canWrite: canWriteReflections(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
