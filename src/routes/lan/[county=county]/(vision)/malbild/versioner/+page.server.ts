import type { PageServerLoad } from './$types';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import * as visionReads from '#lib/modules/vision/read.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { county, versions } = unwrap(
		await visionReads.visionVersions(locals.db, locals.actor, params.county)
	);
	const asked = url.searchParams.get('version');
	const shown =
		asked === null
			? null
			: unwrap(
					await visionReads.visionVersion(locals.db, locals.actor, county.code, formId(asked))
				);
	return { versions, shown, canEdit: canEditCountyContent(locals.actor, county.code) };
};
