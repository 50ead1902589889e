import type { RequestHandler } from './$types';
import { Vision } from '#lib/modules/vision/schema.ts';
import * as visionReads from '#lib/modules/vision/read.server.ts';
import { apiCountyRead } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(visionReads.vision, Vision);
