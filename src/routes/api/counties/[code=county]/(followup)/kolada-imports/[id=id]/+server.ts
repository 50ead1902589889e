import type { RequestHandler } from './$types';
import { KoladaImportJob } from '#lib/modules/followup/server/kolada-job-schema.ts';
import { koladaJob } from '#lib/modules/followup/server/kolada-jobs.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

/** A Kolada import of the county and how far it has come (coordinators and administrators). */
export const GET: RequestHandler = apiItemGet(koladaJob, KoladaImportJob);
