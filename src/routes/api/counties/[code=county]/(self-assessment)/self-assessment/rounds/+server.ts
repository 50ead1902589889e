import type { RequestHandler } from './$types';
import {
	AssessmentRoundList,
	AssessmentRoundOpened
} from '#lib/modules/self-assessment/api-schema.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { listRounds } from '#lib/modules/self-assessment/read.server.ts';
import { openRound } from '#lib/modules/self-assessment/service.server.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(
	(db, actor, countyCode) => listRounds(db, actor, countyCode, swedishDate(new Date())),
	AssessmentRoundList
);

export const POST: RequestHandler = apiCountyWrite(
	(db, actor, countyCode, body) => openRound(db, actor, countyCode, body, swedishDate(new Date())),
	AssessmentRoundOpened,
	{ created: true }
);
