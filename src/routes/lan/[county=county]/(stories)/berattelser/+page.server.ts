import type { PageServerLoad } from './$types';
import { canModerateStories } from '#lib/modules/stories/domain/permissions.ts';
import { publishedStories, tagOptions } from '#lib/modules/stories/read.server.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const query = Object.fromEntries(url.searchParams);
	const [found, options] = await Promise.all([
		publishedStories(locals.db, county.code, query),
		tagOptions(locals.db, county.code)
	]);
	return {
		found: found.kind === 'ok' ? found.value : null,
		errors: found.kind === 'invalid' ? found.fields : {},
		query,
		options,
		canModerate: canModerateStories(locals.actor, county.code)
	};
};
