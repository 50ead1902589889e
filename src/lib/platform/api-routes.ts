import type { z } from 'zod';
import type { Outcome } from '../core/outcome.ts';
import { cachedApiResponse } from './api/etag.ts';
import { apiResponse, jsonBody } from './http.ts';
import { formId } from './ids.ts';
import { apiCounty } from './request.ts';

/**
 * The API endpoints of a county's content, written once, so a route file is a
 * line that names the module's function and the schema of its answer.
 *
 * Every handler runs the same steps in the same order: the JSON body first (a
 * write with a broken body is 400 before anything else), then the county of
 * the URL (404 in the error shape), then one call of the module, answered by
 * apiResponse. The module checks access and validates; these only carry.
 *
 *   apiItemGet(get, Schema)         GET  …/[id]         get(db, actor, county, id)
 *   apiCountyGet(get, Schema)       GET  …              get(db, actor, county)
 *   apiItemWrite(update, Schema)    PUT/POST …/[id]/…   update(db, actor, county, id, body)
 *   apiCountyWrite(save, Schema)    PUT/POST …          save(db, actor, county, body)
 *   apiCountyRead(read, Schema)     GET  …              read(db, actor, code of the URL, query)
 */

type Db = App.Locals['db'];
type Actor = App.Locals['actor'];
type Body = Record<string, unknown>;

/** What these handlers read of SvelteKit's RequestEvent; any route's event fits. */
interface ApiEvent {
	locals: App.Locals;
	params: Partial<Record<string, string>>;
	request: Request;
	url: URL;
}

type Handler = (event: ApiEvent) => Promise<Response>;

/**
 * GET of one item by `[id]`. `cached`: the answer carries an ETag and a
 * matching If-None-Match gets 304 (cachedApiResponse).
 */
export function apiItemGet<T>(
	get: (db: Db, actor: Actor, countyCode: string, id: number) => Promise<Outcome<T>>,
	schema: z.ZodType,
	options: { cached?: boolean } = {}
): Handler {
	return (event) =>
		apiCountyGet(
			(db, actor, countyCode) => get(db, actor, countyCode, formId(event.params.id)),
			schema,
			options
		)(event);
}

/** GET of the county's collection (its code resolved here); `cached` as in apiItemGet. */
export function apiCountyGet<T>(
	get: (db: Db, actor: Actor, countyCode: string) => Promise<Outcome<T>>,
	schema: z.ZodType,
	{ cached = false } = {}
): Handler {
	return async ({ locals, request }) => {
		const county = await apiCounty(locals);
		if (county.kind !== 'ok') return apiResponse(county, schema);
		const outcome = await get(locals.db, locals.actor, county.value.code);
		return cached ? cachedApiResponse(request, outcome, schema) : apiResponse(outcome, schema);
	};
}

/** A write to one item by `[id]` with a JSON body: PUT of the item, POST of …/archive. */
export function apiItemWrite<T>(
	write: (db: Db, actor: Actor, countyCode: string, id: number, body: Body) => Promise<Outcome<T>>,
	schema: z.ZodType
): Handler {
	return (event) =>
		apiCountyWrite(
			(db, actor, countyCode, body) => write(db, actor, countyCode, formId(event.params.id), body),
			schema
		)(event);
}

/**
 * A write to the county's collection with a JSON body: a create (`{ created: true }`
 * answers 201) or a PUT of a county-wide document (200).
 */
export function apiCountyWrite<T>(
	write: (db: Db, actor: Actor, countyCode: string, body: Body) => Promise<Outcome<T>>,
	schema: z.ZodType,
	{ created = false } = {}
): Handler {
	return async ({ locals, request }) => {
		const body = await jsonBody(request);
		if (body instanceof Response) return body;
		const county = await apiCounty(locals);
		if (county.kind !== 'ok') return apiResponse(county, schema);
		return apiResponse(
			await write(locals.db, locals.actor, county.value.code, body),
			schema,
			{},
			created ? 201 : 200
		);
	};
}

/**
 * GET of a public read use case that resolves the county's code or slug itself
 * (`[code]`); a read that takes filters gets the query string as an object.
 */
export function apiCountyRead<T>(
	read: (
		db: Db,
		actor: Actor,
		codeOrSlug: string,
		query: Record<string, string>
	) => Promise<Outcome<T>>,
	schema: z.ZodType
): Handler {
	return async ({ locals, params, url }) =>
		apiResponse(
			await read(locals.db, locals.actor, params.code ?? '', Object.fromEntries(url.searchParams)),
			schema
		);
}
