import type { RequestHandler } from './$types';
import { z } from '#lib/core/zod.ts';
import { addCourseRound } from '#lib/modules/support/service.server.ts';
import { apiCountyWrite } from '#lib/platform/api-routes.ts';
import { formId } from '#lib/platform/ids.ts';

const Created = z.object({ id: z.number().int(), offerId: z.number().int() });

export const POST: RequestHandler = (event) =>
	apiCountyWrite(
		(db, actor, code, body) => addCourseRound(db, actor, code, formId(event.params.id), body),
		Created,
		{ created: true }
	)(event);
