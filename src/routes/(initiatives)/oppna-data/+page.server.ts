import type { PageServerLoad } from './$types';
import { OPEN_DATA_COLUMNS } from '#lib/modules/initiatives/domain/open-data-columns.ts';
import { catalogueCounties } from '#lib/modules/initiatives/open-data.server.ts';

/** The open data: what there is, where, under which licence, and what every column holds. */
export const load: PageServerLoad = async ({ locals }) => ({
	counties: (await catalogueCounties(locals.db)).map((c) => ({
		code: c.code,
		name: c.name,
		count: c.count,
		modified: c.modified.toISOString().slice(0, 10)
	})),
	columns: OPEN_DATA_COLUMNS.map((c) => ({ name: c.header, description: c.description }))
});
