import type { RequestHandler } from './$types';
import { Barrier } from '#lib/modules/barriers/schema.ts';
import { barrier } from '#lib/modules/barriers/read.server.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(barrier, Barrier);
