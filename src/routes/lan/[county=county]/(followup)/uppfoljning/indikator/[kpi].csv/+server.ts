import type { RequestHandler } from './$types';
import { csvResponse, toCsv } from '#lib/platform/csv.ts';
import { EXPORT_HEADERS, indicatorExport } from '#lib/modules/followup/server/dashboard.ts';
import { unwrap } from '#lib/platform/http.ts';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const e = unwrap(
		await indicatorExport(locals.db, locals.actor, params.county, params.kpi, url.searchParams)
	);
	const columns = EXPORT_HEADERS.map((header, i) => ({
		header,
		value: (row: (string | number | null)[]) => row[i]
	}));
	return csvResponse(toCsv(columns, e.rows), `${e.fileName}.csv`);
};
