import { z } from '../../core/zod.ts';
import {
	type ApiPaths,
	body,
	cached,
	error,
	ok,
	security,
	unchanged,
	writeErrors
} from '../../platform/api/openapi.ts';
import { CountyCode } from '../counties/index.ts';
import { countyParams } from '../counties/index.server.ts';
import * as followup from './server/api-schemas.ts';
import { KoladaImportJob } from './server/kolada-job-schema.ts';
import { CatalogueQuery, TargetInput } from './server/schemas.ts';

const indicatorId = z.object({ id: z.string().openapi({ example: 'N20402' }) });

/** The follow-up's paths in the API document. */
export const openapi = {
	indicators: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/indicators',
			summary: 'Sök i nyckeltalskatalogen (Koladas nyckeltal och, med county, länets egna)',
			description: cached,
			request: { query: CatalogueQuery },
			responses: {
				200: ok('Träffarna', followup.Catalogue),
				304: unchanged,
				400: error('Sökningen är ogiltig')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/indicators/{id}',
			summary: 'Ett nyckeltal (id i Nära eller Koladas id, t.ex. N20402)',
			description: cached,
			request: { params: indicatorId },
			responses: {
				200: ok('Nyckeltalet', followup.IndicatorDetail),
				304: unchanged,
				404: error('Nyckeltalet finns inte')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/indicators/{id}/measurements',
			summary:
				'Ett nyckeltals värden för områden, år och kön (id i Nära eller Koladas id, t.ex. N20402)',
			description: cached,
			request: { params: indicatorId, query: followup.MeasurementsQueryParams },
			responses: {
				200: ok('Värdena, per område, år och kön', followup.Measurements),
				304: unchanged,
				400: error('Urvalet är ogiltigt'),
				404: error('Nyckeltalet finns inte')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/follow-up',
			summary:
				'Följ omställningen: de fyra omställningarna med SKR:s nyckeltal, länets senaste värde, förändringen på fem år och om den är till det bättre',
			description: cached,
			request: { params: countyParams },
			responses: {
				200: ok('Omställningarna med sina nyckeltal och länets värden', followup.FollowUp),
				304: unchanged,
				404: error('Länet finns inte')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/indicators/{kpi}/dashboard',
			summary:
				'Det som nyckeltalets sida visar: länets kommuner, regionen och riket år för år, rangordningen, länets värde räknat ur kommunernas, kvinnor och män, målen mot utfallen; varje uppgift med sin källa',
			description: cached,
			request: {
				params: z.object({
					code: CountyCode,
					kpi: z.string().openapi({ description: 'id i Nära eller Koladas id', example: 'N20402' })
				})
			},
			responses: {
				200: ok('Nyckeltalet för länet', followup.IndicatorDashboard),
				304: unchanged,
				404: error('Länet eller nyckeltalet finns inte')
			}
		});
	},
	// a Kolada import started from the browser runs as a background job
	koladaImports: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/kolada-imports/{id}',
			summary:
				'En import från Kolada som startats i webbläsaren: status, förlopp och meddelande (för länets samordnare och administratörer)',
			request: { params: z.object({ code: CountyCode, id: z.number().int() }) },
			responses: {
				200: ok('Importen och hur långt den har kommit', KoladaImportJob),
				403: error('Bara länets samordnare och administratörer kan se importerna'),
				404: error('Länet eller importen finns inte')
			}
		});
	},
	// targets of the follow-up (coordinators and administrators of the county set them)
	targets: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/targets',
			summary:
				'Länets mål för nyckeltalen (för ett nyckeltal med indicator); interna bara för den som har en roll i länet',
			description: cached,
			request: { params: countyParams, query: followup.TargetsQuery },
			responses: {
				200: ok('Målen', followup.Targets),
				304: unchanged,
				404: error('Länet eller nyckeltalet finns inte')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/targets',
			summary:
				'Sätt ett mål för nyckeltal, område (en av länets kommuner eller regionen), år och kön. Ett nytt mål utan revision; för att ändra ett mål, skicka revisionen som ändringen bygger på',
			security,
			request: { params: countyParams, body: body(TargetInput) },
			responses: {
				201: ok('Det nya målet', followup.Target),
				200: ok('Målet efter ändringen', followup.Target),
				...writeErrors,
				404: error('Länet eller målet finns inte'),
				409: error(
					'Någon annan har satt eller ändrat målet sedan revisionen; current visar hur det är nu'
				)
			}
		});
	}
} satisfies Record<string, ApiPaths>;
