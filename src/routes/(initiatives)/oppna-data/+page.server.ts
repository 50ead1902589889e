import type { PageServerLoad } from './$types';
import { OPEN_DATA_COLUMNS } from '#lib/modules/initiatives/domain/open-data-columns.ts';
import { catalogueCounties } from '#lib/modules/initiatives/open-data.server.ts';
import { effectiveK } from '#lib/modules/self-assessment/domain/suppression.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { aggregateDatasets } from '#lib/modules/self-assessment/index.server.ts';
import { config } from '#lib/platform/config.ts';

/**
 * The open data: what there is, where, under which licence, and what every
 * column holds; and the Dialogguide's county aggregates.
 */
export const load: PageServerLoad = async ({ locals }) => ({
	counties: (await catalogueCounties(locals.db)).map((c) => ({
		code: c.code,
		name: c.name,
		count: c.count,
		modified: c.modified.toISOString().slice(0, 10)
	})),
	columns: OPEN_DATA_COLUMNS.map((c) => ({ name: c.header, description: c.description })),
	dialogue: {
		k: effectiveK(config().minAnswers),
		counties: await aggregateDatasets(locals.db, swedishDate(new Date()), config().minAnswers)
	}
});
