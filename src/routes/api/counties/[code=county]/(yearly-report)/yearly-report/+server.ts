import type { RequestHandler } from './$types';
import { yearlyReport } from '#lib/modules/yearly-report/read.server.ts';
import { YearlyReport } from '#lib/modules/yearly-report/schema.ts';
import { apiCountyRead } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(
	(db, actor, code, query) => yearlyReport(db, actor, code, query),
	YearlyReport
);
