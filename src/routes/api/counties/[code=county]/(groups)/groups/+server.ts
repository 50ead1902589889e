import type { RequestHandler } from './$types';
import { EditableGroup } from '#lib/modules/groups/schema.ts';
import { createGroup } from '#lib/modules/groups/service.server.ts';
import { apiCountyWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiCountyWrite(createGroup, EditableGroup, { created: true });
