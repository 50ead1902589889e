import type { RequestHandler } from './$types';
import { csvResponse, toCsv } from '$lib/platform/csv.ts';
import {
	EXPORT_HEADERS,
	exportRows,
	indicatorDashboard
} from '$lib/modules/followup/server/dashboard.ts';
import { unwrap } from '$lib/platform/http.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const d = unwrap(
		await indicatorDashboard(locals.db, locals.actor, params.county, params.kpi, { map: false })
	);
	const columns = EXPORT_HEADERS.map((header, i) => ({
		header,
		value: (row: (string | number | null)[]) => row[i]
	}));
	return csvResponse(
		toCsv(columns, exportRows(d)),
		`${d.indicator.koladaId ?? d.indicator.id}-${d.county.slug}.csv`
	);
};
