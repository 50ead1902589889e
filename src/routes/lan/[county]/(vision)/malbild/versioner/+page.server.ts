import type { PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { county, versions } = unwrap(
		await content.visionVersions(locals.db, locals.actor, params.county)
	);
	const asked = url.searchParams.get('version');
	const shown =
		asked === null
			? null
			: unwrap(await content.visionVersion(locals.db, locals.actor, county.code, formId(asked)));
	return { versions, shown, canEdit: canEditCountyContent(locals.actor, county.code) };
};
