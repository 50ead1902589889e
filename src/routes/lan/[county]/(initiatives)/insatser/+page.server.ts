import type { PageServerLoad } from './$types';
import { queryFromSearchParams } from '$lib/modules/initiatives/schema.ts';
import { canEditSomething } from '$lib/core/permissions.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import {
	listInitiatives,
	municipalityMap,
	parseQuery
} from '$lib/modules/initiatives/service.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const raw = queryFromSearchParams(url.searchParams);
	const parsed = parseQuery(raw);
	const map = await municipalityMap(locals.db, county.code);
	const canCreate = canEditSomething(locals.actor, county.code);
	if (parsed.kind === 'invalid') {
		// a link with a bad value (a page that is not a number, a search too long) says what is wrong
		return {
			problem: { message: parsed.message, fields: parsed.fields },
			filters: null,
			list: null,
			map,
			canCreate
		};
	}
	const filters = unwrap(parsed);
	const { total, page, perPage, items, facets, matchedAllWords } = unwrap(
		await listInitiatives(locals.db, locals.actor, county.code, raw)
	);
	return {
		problem: null,
		filters,
		list: { total, page, perPage, items, facets, matchedAllWords },
		map,
		canCreate
	};
};
