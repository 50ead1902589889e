import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { ArchiveInput } from '../../core/fields.ts';
import { Archived } from '../../core/api-schema.ts';
import { z } from '../../core/zod.ts';
import {
	type ApiPaths,
	body,
	error,
	ok,
	security,
	writeErrors
} from '../../platform/api/openapi.ts';
import { Organisations } from '../groups/index.server.ts';
import { CountyCode, CountyList } from './schema.ts';

/** The path of everything in a county: /api/counties/{code}/… */
export const countyParams = z.object({ code: CountyCode });

/** One item of a county: /api/counties/{code}/…/{id} */
export const itemParams = z.object({ code: CountyCode, id: z.coerce.number().int() });

/** What a county has one of (its vision, its roadmap …), for anyone to read. */
export function countyRead(
	registry: OpenAPIRegistry,
	name: string,
	summary: string,
	schema: z.ZodType,
	notFound: string
) {
	registry.registerPath({
		method: 'get',
		path: `/api/counties/{code}/${name}`,
		summary,
		request: { params: countyParams },
		responses: { 200: ok(summary, schema), 404: error(notFound) }
	});
}

/**
 * The four calls that edit a kind of item of the county (add, read for
 * editing, change, archive), at /api/counties/{code}/<path>.
 */
export function countyItemPaths(
	registry: OpenAPIRegistry,
	item: { path: string; what: string; create: z.ZodType; update: z.ZodType; editable: z.ZodType }
) {
	const itemErrors = { ...writeErrors, 404: error('Länet eller uppgiften finns inte') };
	registry.registerPath({
		method: 'post',
		path: `/api/counties/{code}/${item.path}`,
		summary: `Lägg till ${item.what}`,
		security,
		request: { params: countyParams, body: body(item.create) },
		responses: { 201: ok('Uppgiften', item.editable), ...itemErrors }
	});
	registry.registerPath({
		method: 'get',
		path: `/api/counties/{code}/${item.path}/{id}`,
		summary: `Hämta ${item.what} för redigering (med revision)`,
		security,
		request: { params: itemParams },
		responses: { 200: ok('Uppgiften', item.editable), ...itemErrors }
	});
	registry.registerPath({
		method: 'put',
		path: `/api/counties/{code}/${item.path}/{id}`,
		summary: `Ändra ${item.what}; revision ska vara den som ändringen bygger på`,
		security,
		request: { params: itemParams, body: body(item.update) },
		responses: {
			200: ok('Uppgiften efter ändringen', item.editable),
			...itemErrors,
			409: error('Någon annan har ändrat uppgiften sedan revisionen; current visar hur den är nu')
		}
	});
	registry.registerPath({
		method: 'post',
		path: `/api/counties/{code}/${item.path}/{id}/archive`,
		summary: `Arkivera ${item.what} (den finns kvar i historiken)`,
		security,
		request: { params: itemParams, body: body(ArchiveInput) },
		responses: {
			200: ok('Arkiverad', Archived),
			...itemErrors,
			409: error('Uppgiften har ändrats')
		}
	});
}

/** The counties module's paths in the API document. */
export const openapi = {
	list: (registry) =>
		registry.registerPath({
			method: 'get',
			path: '/api/counties',
			summary: 'Alla 21 län med region och koder',
			responses: { 200: ok('Länen', CountyList) }
		}),
	organisations: (registry) =>
		countyRead(
			registry,
			'organisations',
			'Länets region, kommuner och organ för samverkan',
			Organisations,
			'Länet finns inte'
		)
} satisfies Record<string, ApiPaths>;
