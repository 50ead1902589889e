import type { RequestHandler } from './$types';
import { EditableGroup } from '#lib/modules/groups/schema.ts';
import { getGroup, updateGroup } from '#lib/modules/groups/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getGroup, EditableGroup);
export const PUT: RequestHandler = apiItemWrite(updateGroup, EditableGroup);
