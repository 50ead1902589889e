import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import * as s from '../../schemas/content.ts';
import { z } from '../../schemas/zod.ts';

/**
 * The OpenAPI 3.1 document of Nära's API, generated from the same zod schemas
 * that validate the responses. `npm run openapi` writes it to openapi.json
 * beside this file; a test fails when the committed file is stale.
 */
export function buildOpenApiDocument() {
	const registry = new OpenAPIRegistry();
	const code = z.object({ code: s.CountyCode });
	const error = (description: string) => ({
		description,
		content: { 'application/json': { schema: s.ApiError } }
	});
	const ok = (description: string, schema: z.ZodType) => ({
		description,
		content: { 'application/json': { schema } }
	});

	registry.registerPath({
		method: 'get',
		path: '/healthz',
		summary: 'Hälsokontroll för lastbalanserare',
		responses: {
			200: ok('Nära och databasen svarar', s.Health),
			503: error('Databasen svarar inte')
		}
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties',
		summary: 'Alla 21 län med region och koder',
		responses: { 200: ok('Länen', s.CountyList) }
	});
	const perCounty: [string, string, z.ZodType, string][] = [
		['vision', 'Länets gällande målbild', s.Vision, 'Länet finns inte eller har ingen målbild'],
		['roadmap', 'Länets färdplan', s.Roadmap, 'Länet finns inte eller har ingen färdplan'],
		[
			'organisations',
			'Länets region, kommuner och organ för samverkan',
			s.Organisations,
			'Länet finns inte'
		],
		['decisions', 'Beslut i länet, t.ex. när målbilden godkändes', s.Decisions, 'Länet finns inte']
	];
	for (const [name, summary, schema, notFound] of perCounty) {
		registry.registerPath({
			method: 'get',
			path: `/api/counties/{code}/${name}`,
			summary,
			request: { params: code },
			responses: { 200: ok(summary, schema), 404: error(notFound) }
		});
	}
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/timeline',
		summary: 'Nationella händelser och länets egna, filtrerade på nivå och år',
		request: { params: code, query: s.TimelineQuery },
		responses: {
			200: ok('Händelserna i tidsordning', s.Timeline),
			400: error('Filtret är ogiltigt'),
			404: error('Länet finns inte')
		}
	});

	return new OpenApiGeneratorV31(registry.definitions).generateDocument({
		openapi: '3.1.0',
		info: {
			title: 'Nära API',
			version: '0.1.0',
			description:
				'Öppet API för länens gemensamma innehåll om omställningen till god och nära vård: målbild, färdplan, organisation, beslut och tidslinje. Innehållet är på svenska; varje uppgift anger sitt källdokument.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/' }]
	});
}
