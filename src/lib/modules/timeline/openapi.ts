import { type ApiPaths, error, ok, security, writeErrors } from '../../platform/api/openapi.ts';
import {
	countyArchivePath,
	countyCreatePath,
	countyParams,
	countyUpdatePath,
	itemParams
} from '../counties/index.server.ts';
import {
	EditableTimelineEvent,
	Timeline,
	TimelineEventInput,
	TimelineEventUpdate,
	TimelineQuery
} from './schema.ts';

/** The timeline's paths in the API document. */
export const openapi = {
	list: (registry) =>
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/timeline',
			summary: 'Nationella händelser och länets egna, filtrerade på nivå och år',
			request: { params: countyParams, query: TimelineQuery },
			responses: {
				200: ok('Händelserna i tidsordning', Timeline),
				400: error('Filtret är ogiltigt'),
				404: error('Länet finns inte')
			}
		}),
	// writing the timeline (coordinators and administrators of the county)
	edit: (registry) => {
		const event = { path: 'timeline', what: 'en händelse', the: 'händelsen', errors: writeErrors };
		countyCreatePath(
			registry,
			event,
			'Lägg till en händelse på länets tidslinje',
			TimelineEventInput,
			EditableTimelineEvent
		);
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/timeline/{id}',
			summary: 'En av länets händelser, för redigering (med revision)',
			security,
			request: { params: itemParams },
			responses: { 200: ok('Händelsen', EditableTimelineEvent), ...writeErrors }
		});
		countyUpdatePath(registry, event, TimelineEventUpdate, EditableTimelineEvent);
		countyArchivePath(registry, event);
	}
} satisfies Record<string, ApiPaths>;
