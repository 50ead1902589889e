import type { RequestHandler } from './$types';
import { KoladaImportJob, koladaJobBody } from '#lib/modules/followup/server/kolada-job-schema.ts';
import { koladaJob } from '#lib/modules/followup/server/kolada-jobs.ts';
import { ok } from '#lib/core/outcome.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

/** A Kolada import of the county and how far it has come (coordinators and administrators). */
export const GET: RequestHandler = apiItemGet(async (db, actor, countyCode, id) => {
	const job = await koladaJob(db, actor, countyCode, id);
	return job.kind === 'ok' ? ok(koladaJobBody(job.value)) : job;
}, KoladaImportJob);
