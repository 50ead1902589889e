import { ArchiveInput } from '../../core/fields.ts';
import { Archived } from '../../core/api-schema.ts';
import {
	type ApiPaths,
	body,
	error,
	ok,
	security,
	writeErrors
} from '../../platform/api/openapi.ts';
import { countyParams, itemParams } from '../counties/index.server.ts';
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
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/timeline',
			summary: 'Lägg till en händelse på länets tidslinje',
			security,
			request: { params: countyParams, body: body(TimelineEventInput) },
			responses: { 201: ok('Händelsen', EditableTimelineEvent), ...writeErrors }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/timeline/{id}',
			summary: 'En av länets händelser, för redigering (med revision)',
			security,
			request: { params: itemParams },
			responses: { 200: ok('Händelsen', EditableTimelineEvent), ...writeErrors }
		});
		registry.registerPath({
			method: 'put',
			path: '/api/counties/{code}/timeline/{id}',
			summary: 'Ändra en händelse; revision ska vara den som ändringen bygger på',
			security,
			request: { params: itemParams, body: body(TimelineEventUpdate) },
			responses: {
				200: ok('Händelsen efter ändringen', EditableTimelineEvent),
				...writeErrors,
				409: error('Någon annan har ändrat händelsen sedan revisionen; current visar hur den är nu')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/timeline/{id}/archive',
			summary: 'Arkivera en händelse (den finns kvar i historiken)',
			security,
			request: { params: itemParams, body: body(ArchiveInput) },
			responses: {
				200: ok('Arkiverad', Archived),
				...writeErrors,
				409: error('Händelsen har ändrats')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
