import type { RequestHandler } from './$types';
import { Action } from '#lib/modules/actions/schema.ts';
import { getAction } from '#lib/modules/actions/service.server.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(async (db, actor, code, id) => {
	const found = await getAction(db, actor, code, id);
	return found.kind === 'ok' ? { kind: 'ok', value: found.value.action } : found;
}, Action);
