import type { RequestHandler } from './$types';
import { EditableReflection, Reflections } from '#lib/modules/reflections/schema.ts';
import { createReflection } from '#lib/modules/reflections/service.server.ts';
import * as reflectionsReads from '#lib/modules/reflections/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(reflectionsReads.reflectionList, Reflections);
export const POST: RequestHandler = apiCountyWrite(createReflection, EditableReflection, {
	created: true
});
