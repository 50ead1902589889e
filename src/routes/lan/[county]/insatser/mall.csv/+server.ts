import type { RequestHandler } from './$types';
import { csvResponse, toCsv } from '$lib/server/csv.ts';
import { templateRows } from '$lib/server/initiatives/export.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

/** The import template as CSV: the header row and an example row. */
export const GET: RequestHandler = async ({ locals, params }) => {
	unwrap(await content.county(locals.db, params.county));
	const [header, example] = templateRows();
	const columns = header.map((h, i) => ({ header: h, value: (row: string[]) => row[i] }));
	return csvResponse(toCsv(columns, [example]), 'mall-insatser.csv');
};
