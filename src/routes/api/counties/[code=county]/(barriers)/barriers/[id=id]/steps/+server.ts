import type { RequestHandler } from './$types';
import { SavedBarrier } from '#lib/modules/barriers/schema.ts';
import { stepBarrier } from '#lib/modules/barriers/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(stepBarrier, SavedBarrier);
