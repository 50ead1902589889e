import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { z } from '../../core/zod.ts';
import {
	type ApiPaths,
	body,
	error,
	ok,
	security,
	writeErrors
} from '../../platform/api/openapi.ts';
import { countyCreatePath, countyRead, itemParams } from '../counties/index.server.ts';
import { AgendaItemInput, Meeting, MeetingInput, Meetings, SavedMeeting } from './schema.ts';

/**
 * The leadership's calls on one kind of item (meetings, barriers, actions):
 * the list, one item, adding one, and one further write on an item (an
 * agenda item, a step, a report) based on its revision.
 */
export function leadershipPaths(
	registry: OpenAPIRegistry,
	item: {
		path: string;
		list: [summary: string, schema: z.ZodType];
		one: [summary: string, schema: z.ZodType];
		create: [summary: string, input: z.ZodType, saved: z.ZodType];
		write: [sub: string, summary: string, input: z.ZodType];
	}
) {
	countyRead(registry, item.path, item.list[0], item.list[1], 'Länet finns inte');
	registry.registerPath({
		method: 'get',
		path: `/api/counties/{code}/${item.path}/{id}`,
		summary: item.one[0],
		request: { params: itemParams },
		responses: { 200: ok(item.one[0], item.one[1]), 404: error('Länet eller uppgiften finns inte') }
	});
	const errors = { ...writeErrors, 404: error('Länet eller uppgiften finns inte') };
	countyCreatePath(
		registry,
		{ path: item.path, what: item.create[0], the: 'uppgiften', errors },
		item.create[0],
		item.create[1],
		item.create[2]
	);
	registry.registerPath({
		method: 'post',
		path: `/api/counties/{code}/${item.path}/{id}/${item.write[0]}`,
		summary: item.write[1],
		security,
		request: { params: itemParams, body: body(item.write[2]) },
		responses: {
			200: ok('Uppgiften efter ändringen', item.create[2]),
			...errors,
			409: error('Någon annan har ändrat uppgiften sedan revisionen')
		}
	});
}

/** The meetings' paths in the API document. */
export const openapi = {
	all: (registry) =>
		leadershipPaths(registry, {
			path: 'meetings',
			list: ['Samverkansorganens möten med dagordning och utfall', Meetings],
			one: ['Ett möte: protokollet', Meeting],
			create: ['Registrera ett möte', MeetingInput, SavedMeeting],
			write: [
				'items',
				'Lägg till en punkt på dagordningen, med utfall (information, beslut eller åtgärd); revision är mötets',
				AgendaItemInput
			]
		})
} satisfies Record<string, ApiPaths>;
