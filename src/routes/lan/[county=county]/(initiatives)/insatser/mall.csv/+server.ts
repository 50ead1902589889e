import type { RequestHandler } from './$types';
import { csvResponse, toCsv } from '#lib/platform/csv.ts';
import { templateRows } from '#lib/modules/initiatives/domain/export.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The import template as CSV: the header row and an example row. */
export const GET: RequestHandler = async ({ locals }) => {
	await pageCounty(locals);
	const [header, example] = templateRows();
	const columns = header.map((h, i) => ({ header: h, value: (row: string[]) => row[i] }));
	return csvResponse(toCsv(columns, [example]), 'mall-insatser.csv');
};
