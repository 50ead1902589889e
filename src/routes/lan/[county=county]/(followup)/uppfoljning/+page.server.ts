import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { itemSparkline, overviewSparklines } from '#lib/modules/followup/server/page-charts.ts';
import { followUpOverview } from '#lib/modules/followup/server/dashboard.ts';
import * as followup from '#lib/modules/followup/server/service.ts';
import { canImportForArea } from '#lib/modules/followup/index.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formatDate } from '#lib/core/dates.ts';
import { todayIso } from '#lib/platform/pdf/response.ts';
import { orderFollowUpReport } from '#lib/modules/followup/server/report-job.ts';
import { appJobQueue } from '#lib/platform/jobs/queue.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

const SEARCH_PAGE = 20;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const overview = unwrap(
		await followUpOverview(locals.readDb, locals.actor, params.county, url.searchParams)
	);
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	// the hits come 20 at a time: ?q=fall&sida=2 (a page past the last shows none, and says so)
	const page = Math.max(
		1,
		Math.min(10_000, Number.parseInt(url.searchParams.get('sida') ?? '', 10) || 1)
	);
	const search = q.trim()
		? await followup.searchCatalogue(locals.db, locals.actor, {
				q,
				county: overview.county.code,
				limit: SEARCH_PAGE,
				offset: (page - 1) * SEARCH_PAGE
			})
		: null;
	const sparklines = overviewSparklines(overview);
	return {
		...overview,
		groups: overview.groups.map((g, gi) => ({
			...g,
			items: g.items.map((i, ii) => ({ ...i, sparkline: sparklines[gi]![ii] ?? null })),
			own: g.own.map((i) => ({ ...i, sparkline: itemSparkline(i) }))
		})),
		ownUnlinked: overview.ownUnlinked.map((i) => ({ ...i, sparkline: itemSparkline(i) })),
		/** coordinators and administrators of the county fetch values from Kolada */
		canImport: canImportForArea(locals.actor, overview.county.code),
		printedOn: formatDate(todayIso()),
		q,
		search:
			search === null
				? null
				: search.kind === 'ok'
					? {
							total: search.value.total,
							hits: search.value.hits,
							page,
							pageCount: Math.ceil(search.value.total / SEARCH_PAGE),
							first: (page - 1) * SEARCH_PAGE + 1,
							error: null
						}
					: { total: 0, hits: [], page: 1, pageCount: 0, first: 1, error: search.message }
	};
};

export const actions: Actions = {
	/** a signed-in person orders the PDF (for the filters in the address); a background job makes it, kept for them */
	rapport: async ({ locals, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		const id = await orderFollowUpReport(
			locals.db,
			locals.actor,
			county,
			await appJobQueue(),
			url.searchParams
		);
		redirect(303, id === null ? url.pathname : `/jobb/${id}`);
	}
};
