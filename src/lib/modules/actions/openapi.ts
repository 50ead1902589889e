import type { ApiPaths } from '../../platform/api/openapi.ts';
import { leadershipPaths } from '../meetings/index.server.ts';
import { Action, ActionBoard, ActionInput, ActionProgress, SavedAction } from './schema.ts';

/** The actions' paths in the API document. */
export const openapi = {
	all: (registry) =>
		leadershipPaths(registry, {
			path: 'actions',
			list: [
				'Länets åtgärder (för inloggade med roll i länet); filter status, organisation, overdue=1',
				ActionBoard
			],
			one: ['En åtgärd', Action],
			create: ['Ge ut en åtgärd (samordnare)', ActionInput, SavedAction],
			write: [
				'progress',
				'Rapportera status och vad som gjorts (den ansvariga eller samordnare)',
				ActionProgress
			]
		})
} satisfies Record<string, ApiPaths>;
