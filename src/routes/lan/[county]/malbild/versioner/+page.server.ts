import type { PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';

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
