import type { RequestHandler } from './$types';
import { indicatorDashboard } from '#lib/modules/followup/server/dashboard.ts';
import { indicatorReport } from '#lib/modules/followup/server/pdf/reports.ts';
import { pdfResponse, todayIso } from '#lib/platform/pdf/response.ts';
import { unwrap } from '#lib/platform/http.ts';

/** An indicator page as a PDF report, for the filters in the address. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const d = unwrap(
		await indicatorDashboard(locals.db, locals.actor, params.county, params.kpi, {
			query: url.searchParams
		})
	);
	const name = `${d.indicator.koladaId ?? d.indicator.id}-${d.county.slug}.pdf`;
	return pdfResponse(await indicatorReport(d, todayIso()), name);
};
