import type { RequestHandler } from './$types';
import { Process } from '#lib/modules/processes/api-schema.ts';
import { getProcess, updateProcess } from '#lib/modules/processes/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

/** One process with its coverage and revision (for a PUT), if the caller may see it. */
export const GET: RequestHandler = apiItemGet(getProcess, Process, { cached: true });
export const PUT: RequestHandler = apiItemWrite(updateProcess, Process);
