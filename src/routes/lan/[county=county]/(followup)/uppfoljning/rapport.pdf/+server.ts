import type { RequestHandler } from './$types';
import { followUpOverview } from '#lib/modules/followup/server/dashboard.ts';
import { overviewReport } from '#lib/modules/followup/server/pdf/reports.ts';
import { pdfResponse, todayIso } from '#lib/platform/pdf/response.ts';
import { unwrap } from '#lib/platform/http.ts';

/** "Följ omställningen" as a PDF report, for the filters in the address. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const o = unwrap(
		await followUpOverview(locals.db, locals.actor, params.county, url.searchParams)
	);
	return pdfResponse(
		await overviewReport(o, todayIso()),
		`folj-omstallningen-${o.county.slug}.pdf`
	);
};
