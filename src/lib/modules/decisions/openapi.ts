import type { ApiPaths } from '../../platform/api/openapi.ts';
import { countyItemPaths, countyRead } from '../counties/index.server.ts';
import { DecisionInput, DecisionUpdate, Decisions, EditableDecision } from './schema.ts';

/** The decisions' paths in the API document. */
export const openapi = {
	list: (registry) =>
		countyRead(
			registry,
			'decisions',
			'Beslut i länet, t.ex. när målbilden godkändes',
			Decisions,
			'Länet finns inte'
		),
	edit: (registry) =>
		countyItemPaths(registry, {
			path: 'decisions',
			what: 'ett beslut (redaktörer bara för sin egen organisation)',
			create: DecisionInput,
			update: DecisionUpdate,
			editable: EditableDecision
		})
} satisfies Record<string, ApiPaths>;
