import type { RequestHandler } from './$types';
import { FundsReport } from '#lib/modules/funds/schema.ts';
import { fundsReport } from '#lib/modules/funds/read.server.ts';
import { apiCountyRead } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(
	(db, actor, code, query) => fundsReport(db, actor, code, query),
	FundsReport
);
