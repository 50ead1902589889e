import type { RequestHandler } from './$types';
import { ok } from '#lib/core/outcome.ts';
import { Vision, VisionVersions } from '#lib/modules/vision/schema.ts';
import { publishVision } from '#lib/modules/vision/service.server.ts';
import * as visionReads from '#lib/modules/vision/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(async (db, actor, code) => {
	const result = await visionReads.visionVersions(db, actor, code);
	return result.kind === 'ok' ? ok({ versions: result.value.versions }) : result;
}, VisionVersions);

export const POST: RequestHandler = apiCountyWrite(publishVision, Vision, { created: true });
