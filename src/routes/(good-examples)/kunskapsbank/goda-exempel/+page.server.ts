import type { PageServerLoad } from './$types';
import { listCounties } from '#lib/modules/counties/index.server.ts';
import { listExamples } from '#lib/modules/good-examples/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';

/** Good examples from every county: search and facets in the address (GET), so no JavaScript is needed. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const raw = Object.fromEntries(url.searchParams);
	const outcome = await listExamples(locals.db, raw);
	const counties = await listCounties(locals.db);
	if (outcome.kind === 'invalid')
		return {
			counties,
			query: { q: '', lan: '', status: '', utvecklingsomrade: '', fokus: '', malomrade: '' },
			total: 0,
			examples: [],
			error: Object.values(outcome.fields).flat()[0] ?? outcome.message
		};
	return { counties, ...unwrap(outcome), error: null };
};
