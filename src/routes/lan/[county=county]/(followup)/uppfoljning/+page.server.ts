import type { PageServerLoad } from './$types';
import { sparkline } from '#lib/modules/followup/server/charts.ts';
import { followUpOverview } from '#lib/modules/followup/server/dashboard.ts';
import * as followup from '#lib/modules/followup/server/service.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const overview = unwrap(await followUpOverview(locals.readDb, locals.actor, params.county));
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const search = q.trim()
		? await followup.searchCatalogue(locals.db, locals.actor, {
				q,
				county: overview.county.code,
				limit: 20
			})
		: null;
	return {
		...overview,
		groups: overview.groups.map((g) => ({
			...g,
			items: g.items.map((i) => ({
				...i,
				sparkline: i.figure
					? sparkline(
							i.figure.trend,
							`Trend för ${i.indicator?.title ?? i.title} ${i.figure.trend[0]!.period}–${i.figure.latest.period}`
						)
					: null
			}))
		})),
		q,
		search:
			search === null
				? null
				: search.kind === 'ok'
					? { total: search.value.total, hits: search.value.hits, error: null }
					: { total: 0, hits: [], error: search.message }
	};
};
