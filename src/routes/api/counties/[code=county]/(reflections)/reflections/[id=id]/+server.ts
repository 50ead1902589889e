import type { RequestHandler } from './$types';
import { EditableReflection, Reflection } from '#lib/modules/reflections/schema.ts';
import * as reflectionsReads from '#lib/modules/reflections/read.server.ts';
import { updateReflection } from '#lib/modules/reflections/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(reflectionsReads.reflection, Reflection);
export const PUT: RequestHandler = apiItemWrite(updateReflection, EditableReflection);
