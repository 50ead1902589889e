import type { RequestHandler } from './$types';
import { Archived } from '#lib/core/api-schema.ts';
import { archiveGroup } from '#lib/modules/groups/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(archiveGroup, Archived);
