import type { RequestHandler } from './$types';
import { ok } from '#lib/core/outcome.ts';
import { AssessmentCountyResults } from '#lib/modules/self-assessment/api-schema.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { exportRows } from '#lib/modules/self-assessment/exports.server.ts';
import { countyOverview } from '#lib/modules/self-assessment/read.server.ts';
import { apiCountyGet } from '#lib/platform/api-routes.ts';
import { config } from '#lib/platform/config.ts';

export const GET: RequestHandler = apiCountyGet(async (db, _actor, countyCode) => {
	const o = await countyOverview(db, countyCode, swedishDate(new Date()), config().minAnswers);
	if (o.kind !== 'ok') return o;
	return ok({
		countyCode,
		k: o.value.k,
		source: 'Nära – Dialogguiden' as const,
		rows: exportRows(o.value)
	});
}, AssessmentCountyResults);
