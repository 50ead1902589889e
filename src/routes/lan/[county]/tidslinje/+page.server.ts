import type { PageServerLoad } from './$types';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const query = {
		level: url.searchParams.get('niva') ?? undefined,
		year: url.searchParams.get('ar') ?? undefined
	};
	const result = await content.timeline(locals.db, locals.actor, params.county, {
		level: query.level,
		year: query.year
	});
	if (result.kind === 'invalid') {
		// show every event, and say what was wrong with the filter
		const all = unwrap(await content.timeline(locals.db, locals.actor, params.county, {}));
		return { ...all, query, errors: result.fields };
	}
	return { ...unwrap(result), query, errors: null };
};
