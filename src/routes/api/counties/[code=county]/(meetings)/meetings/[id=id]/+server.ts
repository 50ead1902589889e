import type { RequestHandler } from './$types';
import { Meeting } from '#lib/modules/meetings/schema.ts';
import { minutes } from '#lib/modules/meetings/read.server.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(minutes, Meeting);
