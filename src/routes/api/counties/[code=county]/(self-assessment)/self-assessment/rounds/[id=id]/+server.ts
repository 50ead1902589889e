import type { RequestHandler } from './$types';
import { AssessmentRoundResults } from '#lib/modules/self-assessment/api-schema.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { roundResultsForApi } from '#lib/modules/self-assessment/read.server.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';
import { config } from '#lib/platform/config.ts';

export const GET: RequestHandler = apiItemGet(
	(db, actor, countyCode, id) =>
		roundResultsForApi(db, actor, countyCode, id, swedishDate(new Date()), config().minAnswers),
	AssessmentRoundResults
);
