import type { RequestHandler } from './$types';
import { ok } from '#lib/core/outcome.ts';
import { AssessmentTemplateList } from '#lib/modules/self-assessment/api-schema.ts';
import { templatesOf } from '#lib/modules/self-assessment/read.server.ts';
import { apiCountyGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(
	async (db, _actor, countyCode) => ok(await templatesOf(db, countyCode)),
	AssessmentTemplateList
);
