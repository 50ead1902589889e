import type { ApiPaths } from '../../platform/api/openapi.ts';
import { countyItemPaths } from '../counties/index.server.ts';
import { EditableGroup, GroupInput, GroupUpdate } from './schema.ts';

/** The bodies' paths in the API document (the organisations are the counties module's). */
export const openapi = {
	edit: (registry) =>
		countyItemPaths(registry, {
			path: 'groups',
			what: 'ett organ för ledning och samverkan',
			create: GroupInput,
			update: GroupUpdate,
			editable: EditableGroup
		})
} satisfies Record<string, ApiPaths>;
