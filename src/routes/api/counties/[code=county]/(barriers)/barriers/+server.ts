import type { RequestHandler } from './$types';
import { Barriers, SavedBarrier } from '#lib/modules/barriers/schema.ts';
import { raiseBarrier } from '#lib/modules/barriers/service.server.ts';
import { barrierList } from '#lib/modules/barriers/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(barrierList, Barriers);
export const POST: RequestHandler = apiCountyWrite(
	(db, actor, countyCode, body) => raiseBarrier(db, actor, countyCode, body),
	SavedBarrier,
	{ created: true }
);
