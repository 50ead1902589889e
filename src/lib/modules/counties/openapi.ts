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

/** An item of the county as its calls for changing and archiving speak of it. */
interface ItemWrites {
	/** at /api/counties/{code}/<path>/{id} */
	path: string;
	/** as in "Arkivera <what>", e.g. "en händelse" */
	what: string;
	/** in the answers, e.g. "händelsen" */
	the: string;
	/** the error answers besides 409 */
	errors: Record<number, ReturnType<typeof error>>;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A writing call on what the county has one of (its roadmap, its vision),
 * at /api/counties/{code}/<name>.
 */
export function countyWrite(
	registry: OpenAPIRegistry,
	call: { method: 'post' | 'put'; name: string; summary: string; input: z.ZodType },
	responses: Record<number, ReturnType<typeof ok>>
) {
	registry.registerPath({
		method: call.method,
		path: `/api/counties/{code}/${call.name}`,
		summary: call.summary,
		security,
		request: { params: countyParams, body: body(call.input) },
		responses
	});
}

/** The call that adds an item. */
export function countyCreatePath(
	registry: OpenAPIRegistry,
	item: ItemWrites,
	summary: string,
	input: z.ZodType,
	schema: z.ZodType
) {
	countyWrite(
		registry,
		{ method: 'post', name: item.path, summary, input },
		{
			201: ok(capitalised(item.the), schema),
			...item.errors
		}
	);
}

/** The call that changes an item; its revision is the one the change is based on. */
export function countyUpdatePath(
	registry: OpenAPIRegistry,
	item: ItemWrites,
	update: z.ZodType,
	schema: z.ZodType,
	summary = `Ändra ${item.what}; revision ska vara den som ändringen bygger på`
) {
	registry.registerPath({
		method: 'put',
		path: `/api/counties/{code}/${item.path}/{id}`,
		summary,
		security,
		request: { params: itemParams, body: body(update) },
		responses: {
			200: ok(`${capitalised(item.the)} efter ändringen`, schema),
			...item.errors,
			409: error(`Någon annan har ändrat ${item.the} sedan revisionen; current visar hur den är nu`)
		}
	});
}

/** The call that archives an item (it stays in the history). */
export function countyArchivePath(registry: OpenAPIRegistry, item: ItemWrites) {
	registry.registerPath({
		method: 'post',
		path: `/api/counties/{code}/${item.path}/{id}/archive`,
		summary: `Arkivera ${item.what} (den finns kvar i historiken)`,
		security,
		request: { params: itemParams, body: body(ArchiveInput) },
		responses: {
			200: ok('Arkiverad', Archived),
			...item.errors,
			409: error(`${capitalised(item.the)} har ändrats`)
		}
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
	const writes: ItemWrites = {
		path: item.path,
		what: item.what,
		the: 'uppgiften',
		errors: { ...writeErrors, 404: error('Länet eller uppgiften finns inte') }
	};
	countyCreatePath(registry, writes, `Lägg till ${item.what}`, item.create, item.editable);
	registry.registerPath({
		method: 'get',
		path: `/api/counties/{code}/${item.path}/{id}`,
		summary: `Hämta ${item.what} för redigering (med revision)`,
		security,
		request: { params: itemParams },
		responses: { 200: ok('Uppgiften', item.editable), ...writes.errors }
	});
	countyUpdatePath(registry, writes, item.update, item.editable);
	countyArchivePath(registry, writes);
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
