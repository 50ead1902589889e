import type { RequestHandler } from './$types';
import { Agreement, AgreementList } from '#lib/modules/agreements/schema.ts';
import { createAgreement, listAgreements } from '#lib/modules/agreements/service.server.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(
	(db, actor, code) => listAgreements(db, actor, code, new Date()),
	AgreementList
);
export const POST: RequestHandler = apiCountyWrite(createAgreement, Agreement, { created: true });
