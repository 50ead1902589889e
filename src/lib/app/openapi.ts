import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Me } from '../modules/accounts/account-schema.ts';
import * as fields from '../core/fields.ts';
import * as apiSchema from '../core/api-schema.ts';
import * as counties from '../modules/counties/schema.ts';
import * as decisions from '../modules/decisions/schema.ts';
import * as groups from '../modules/groups/schema.ts';
import * as roadmap from '../modules/roadmap/schema.ts';
import * as timeline from '../modules/timeline/schema.ts';
import * as vision from '../modules/vision/schema.ts';
import * as ini from '../modules/initiatives/schema.ts';
import { z } from '../core/zod.ts';
import * as benefit from '../modules/benefit/server/schemas.ts';
import * as followup from '../modules/followup/server/api-schemas.ts';
import * as io from '../modules/initiatives/io-schema.ts';
import { XLSX_TYPE } from '../modules/initiatives/export.server.ts';
import { CatalogueQuery, TargetInput } from '../modules/followup/server/schemas.ts';
import * as processes from '../modules/processes/api-schema.ts';
import { ProcessInput, ProcessUpdate } from '../modules/processes/schema.ts';
import * as limits from '../modules/benefit/server/compute-limits.ts';

/**
 * The OpenAPI 3.1 document of Nära's API, generated from the same zod schemas
 * that validate the responses. `npm run openapi` writes it to openapi.json
 * beside this file; a test fails when the committed file is stale.
 */
// the content modules' schemas, read and write (s: responses, e: inputs)
const s = {
	...apiSchema,
	...counties,
	...vision,
	...roadmap,
	...groups,
	...decisions,
	...timeline
};
const e = { ...fields, ...vision, ...roadmap, ...groups, ...decisions, ...timeline };

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

	const cached =
		'Svaret har en ETag (en hash av svaret); skicka den i If-None-Match för att få 304 när inget har ändrats.';
	const unchanged = { description: 'Oförändrat sedan ETag:en i If-None-Match' };
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
		request: { params: z.object({ id: z.string().openapi({ example: 'N20402' }) }) },
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
		request: {
			params: z.object({ id: z.string().openapi({ example: 'N20402' }) }),
			query: followup.MeasurementsQueryParams
		},
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
		request: { params: code },
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
				code: s.CountyCode,
				kpi: z.string().openapi({ description: 'id i Nära eller Koladas id', example: 'N20402' })
			})
		},
		responses: {
			200: ok('Nyckeltalet för länet', followup.IndicatorDashboard),
			304: unchanged,
			404: error('Länet eller nyckeltalet finns inte')
		}
	});

	// ——— writing the timeline (coordinators and administrators of the county)
	registry.registerComponent('securitySchemes', 'session', {
		type: 'apiKey',
		in: 'cookie',
		name: 'nara_session',
		description:
			'Inloggning i webbläsaren; skrivande anrop måste komma från Näras egna sidor (Origin).'
	});
	registry.registerComponent('securitySchemes', 'token', {
		type: 'http',
		scheme: 'bearer',
		description: 'Personlig API-nyckel (skapas under Konto), begränsad till en roll i ett län.'
	});
	const security: Record<string, string[]>[] = [{ session: [] }, { token: [] }];
	const eventId = z.object({ code: s.CountyCode, id: z.coerce.number().int() });
	const writeErrors = {
		400: error('Indata är ogiltiga; fields säger vad och var'),
		401: error('API-nyckeln är ogiltig'),
		403: error('Rollen räcker inte'),
		404: error('Länet eller händelsen finns inte')
	};
	const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/timeline',
		summary: 'Lägg till en händelse på länets tidslinje',
		security,
		request: { params: code, body: body(e.TimelineEventInput) },
		responses: { 201: ok('Händelsen', s.EditableTimelineEvent), ...writeErrors }
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/timeline/{id}',
		summary: 'En av länets händelser, för redigering (med revision)',
		security,
		request: { params: eventId },
		responses: { 200: ok('Händelsen', s.EditableTimelineEvent), ...writeErrors }
	});
	registry.registerPath({
		method: 'put',
		path: '/api/counties/{code}/timeline/{id}',
		summary: 'Ändra en händelse; revision ska vara den som ändringen bygger på',
		security,
		request: { params: eventId, body: body(e.TimelineEventUpdate) },
		responses: {
			200: ok('Händelsen efter ändringen', s.EditableTimelineEvent),
			...writeErrors,
			409: error('Någon annan har ändrat händelsen sedan revisionen; current visar hur den är nu')
		}
	});
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/timeline/{id}/archive',
		summary: 'Arkivera en händelse (den finns kvar i historiken)',
		security,
		request: { params: eventId, body: body(e.ArchiveInput) },
		responses: {
			200: ok('Arkiverad', s.Archived),
			...writeErrors,
			409: error('Händelsen har ändrats')
		}
	});

	// ——— writing the vision, roadmap, bodies and decisions
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/vision/versions',
		summary: 'Alla publicerade versioner av länets målbild, nyaste först',
		request: { params: code },
		responses: { 200: ok('Versionerna', s.VisionVersions), 404: error('Länet finns inte') }
	});
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/vision/versions',
		summary:
			'Publicera en ny version av målbilden (version = senaste + 1); tidigare versioner finns kvar',
		security,
		request: { params: code, body: body(e.VisionVersionInput) },
		responses: {
			201: ok('Den nya versionen', s.Vision),
			...writeErrors,
			409: error(
				'En nyare version än basedOnVersion har publicerats; current visar den och vem som publicerade'
			)
		}
	});
	registry.registerPath({
		method: 'put',
		path: '/api/counties/{code}/roadmap',
		summary: 'Ändra färdplanens rubrik och ingress; revision ska vara den som ändringen bygger på',
		security,
		request: { params: code, body: body(e.RoadmapUpdate) },
		responses: {
			200: ok('Färdplanen efter ändringen', s.EditableRoadmap),
			...writeErrors,
			409: error('Någon annan har ändrat färdplanen sedan revisionen')
		}
	});
	const itemPaths: {
		path: string;
		what: string;
		create: z.ZodType;
		update: z.ZodType;
		editable: z.ZodType;
	}[] = [
		{
			path: 'roadmap/items',
			what: 'en punkt i färdplanen (målområde eller milstolpe; nyckeln bildas av rubriken)',
			create: e.RoadmapItemInput,
			update: e.RoadmapItemUpdate,
			editable: s.EditableRoadmapItem
		},
		{
			path: 'groups',
			what: 'ett organ för ledning och samverkan',
			create: e.GroupInput,
			update: e.GroupUpdate,
			editable: s.EditableGroup
		},
		{
			path: 'decisions',
			what: 'ett beslut (redaktörer bara för sin egen organisation)',
			create: e.DecisionInput,
			update: e.DecisionUpdate,
			editable: s.EditableDecision
		}
	];
	for (const item of itemPaths) {
		const itemErrors = { ...writeErrors, 404: error('Länet eller uppgiften finns inte') };
		registry.registerPath({
			method: 'post',
			path: `/api/counties/{code}/${item.path}`,
			summary: `Lägg till ${item.what}`,
			security,
			request: { params: code, body: body(item.create) },
			responses: { 201: ok('Uppgiften', item.editable), ...itemErrors }
		});
		registry.registerPath({
			method: 'get',
			path: `/api/counties/{code}/${item.path}/{id}`,
			summary: `Hämta ${item.what} för redigering (med revision)`,
			security,
			request: { params: eventId },
			responses: { 200: ok('Uppgiften', item.editable), ...itemErrors }
		});
		registry.registerPath({
			method: 'put',
			path: `/api/counties/{code}/${item.path}/{id}`,
			summary: `Ändra ${item.what}; revision ska vara den som ändringen bygger på`,
			security,
			request: { params: eventId, body: body(item.update) },
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
			request: { params: eventId, body: body(e.ArchiveInput) },
			responses: {
				200: ok('Arkiverad', s.Archived),
				...itemErrors,
				409: error('Uppgiften har ändrats')
			}
		});
	}

	// ——— processes and their coverage of the four development areas
	const processErrors = { ...writeErrors, 404: error('Länet eller processen finns inte') };
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/processes',
		summary:
			'Länets processer med täckningen av de fyra utvecklingsområdena, sammanfattningen per område och luckorna',
		description: `Interna processer bara för den som har en roll i länet (sessionskaka eller API-nyckel). ${cached}`,
		request: { params: code },
		responses: {
			200: ok('Processerna, sammanfattningen och luckorna', processes.ProcessList),
			304: unchanged,
			404: error('Länet finns inte')
		}
	});
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/processes',
		summary: 'Lägg till en process (länets samordnare och administratörer)',
		security,
		request: { params: code, body: body(ProcessInput) },
		responses: { 201: ok('Processen', processes.Process), ...processErrors }
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/processes/{id}',
		summary: 'En process med täckningen av utvecklingsområdena och sin revision',
		description: cached,
		request: { params: eventId },
		responses: {
			200: ok('Processen', processes.Process),
			304: unchanged,
			404: error('Länet eller processen finns inte, eller så är processen intern')
		}
	});
	registry.registerPath({
		method: 'put',
		path: '/api/counties/{code}/processes/{id}',
		summary:
			'Ändra en process, dess kopplingar och täckningen av alla fyra utvecklingsområdena; revision ska vara den som ändringen bygger på',
		security,
		request: { params: eventId, body: body(ProcessUpdate) },
		responses: {
			200: ok('Processen efter ändringen', processes.Process),
			...processErrors,
			409: error('Någon annan har ändrat processen sedan revisionen; current visar hur den är nu')
		}
	});
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/processes/{id}/archive',
		summary: 'Arkivera en process (den finns kvar i historiken)',
		security,
		request: { params: eventId, body: body(e.ArchiveInput) },
		responses: {
			200: ok('Arkiverad', s.Archived),
			...processErrors,
			409: error('Processen har ändrats')
		}
	});

	// ——— targets of the follow-up (coordinators and administrators of the county set them)
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/targets',
		summary:
			'Länets mål för nyckeltalen (för ett nyckeltal med indicator); interna bara för den som har en roll i länet',
		description: cached,
		request: { params: code, query: followup.TargetsQuery },
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
		request: { params: code, body: body(TargetInput) },
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

	// ——— the inventory of initiatives: anyone finds the public ones; editors register their own
	const initiativeId = z.object({ code: s.CountyCode, id: z.coerce.number().int() });
	const initiativeErrors = { ...writeErrors, 404: error('Länet eller insatsen finns inte') };
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/initiatives',
		summary:
			'Sök bland länets insatser: svensk fritextsökning (q) och filter, som listan på webbplatsen; med antal per filtervärde',
		description: `Värden i samma filter är alternativ (eller), olika filter kombineras (och). Interna insatser bara för den som har en roll i länet (sessionskaka eller API-nyckel). ${cached}`,
		request: { params: code, query: ini.InitiativeQuery },
		responses: {
			200: ok(
				'En sida av träffarna (total = alla träffar), med markerade sökord och filtrens antal',
				ini.InitiativeList
			),
			304: unchanged,
			400: error('Sökningen eller ett filter är ogiltigt'),
			404: error('Länet finns inte')
		}
	});
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/initiatives',
		summary:
			'Registrera en insats (redaktörer för sin egen organisation, samordnare för alla). Liknar namnet en befintlig insats i länet blir svaret 400 med fältet confirmSimilar tills confirmSimilar är true',
		security,
		request: { params: code, body: body(ini.InitiativeInput) },
		responses: { 201: ok('Insatsen', ini.Initiative), ...initiativeErrors }
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/initiatives/{id}',
		summary: 'En insats med partner, kommuner, finansiering och revision',
		description: cached,
		request: { params: initiativeId },
		responses: {
			200: ok('Insatsen', ini.Initiative),
			304: unchanged,
			404: error('Länet eller insatsen finns inte, eller så är insatsen intern')
		}
	});
	registry.registerPath({
		method: 'put',
		path: '/api/counties/{code}/initiatives/{id}',
		summary:
			'Ändra en insats (hela insatsen skickas); revision ska vara den som ändringen bygger på',
		security,
		request: { params: initiativeId, body: body(ini.InitiativeUpdate) },
		responses: {
			200: ok('Insatsen efter ändringen', ini.Initiative),
			...initiativeErrors,
			409: error(
				'Någon annan har ändrat insatsen sedan revisionen; current visar hur den är nu, vem som ändrade och när'
			)
		}
	});

	// ——— the benefit model (nyttokalkyl): anyone may compute; saved scenarios by visibility
	registry.registerPath({
		method: 'post',
		path: '/api/benefit-model/compute',
		summary:
			'Räkna en nyttokalkyl: vem betalar och vem vinner år för år, med Monte Carlo-percentiler (10 000 dragningar, fast frö) och känslighetsanalys',
		description: `Vem som helst får räkna, inom gränser. Utan inloggning: högst ${limits.ANONYMOUS_LIMITS.maxDraws} dragningar, en tidshorisont på högst ${limits.ANONYMOUS_LIMITS.maxHorizonYears} år och ${limits.ANONYMOUS_LIMITS.perMinute} anrop i minuten per klientadress. Med en roll i ett län (sessionskaka eller API-nyckel): högst ${limits.MEMBER_LIMITS.maxDraws} dragningar, ${limits.MEMBER_LIMITS.maxHorizonYears} år och ${limits.MEMBER_LIMITS.perMinute} anrop i minuten per person. Anropen räknas i databasen, så gränsen gäller över alla instanser. Beräkningen har en tidsbudget (${limits.ANONYMOUS_LIMITS.budgetMs / 1000} s utan inloggning, ${limits.MEMBER_LIMITS.budgetMs / 1000} s med en roll): räcker den inte blir svaret 503 med Retry-After, aldrig ett resultat med färre dragningar än begärt, eftersom samma scenario alltid ska ge samma svar.`,
		request: { query: limits.ComputeQuery, body: body(benefit.BenefitScenario) },
		responses: {
			200: ok('Resultatet', benefit.BenefitComputation),
			400: error(
				'Scenariot eller draws är ogiltigt, eller större än gränsen för anroparen; fields säger vad och var, på svenska'
			),
			429: error('För många anrop i minuten; Retry-After säger hur många sekunder att vänta'),
			503: error(
				'Tidsbudgeten tog slut innan kalkylen var klar; Retry-After säger när du kan försöka igen'
			)
		}
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/scenarios',
		summary:
			'Länets sparade nyttokalkyler; interna bara för den som har en roll i länet (sessionskaka eller API-nyckel)',
		request: { params: code },
		responses: { 200: ok('Kalkylerna', benefit.SavedScenarioList), 404: error('Länet finns inte') }
	});
	registry.registerPath({
		method: 'get',
		path: '/api/counties/{code}/scenarios/{id}',
		summary: 'En sparad nyttokalkyl med sina indata, i gällande eller en tidigare version',
		request: { params: eventId, query: benefit.ScenarioVersionQuery },
		responses: {
			200: ok('Kalkylen', benefit.SavedScenario),
			400: error('Versionen är ogiltig'),
			404: error('Länet, kalkylen eller versionen finns inte, eller så är kalkylen intern')
		}
	});

	// ——— the inventory of initiatives: importing a file, and the open data
	registry.registerPath({
		method: 'post',
		path: '/api/counties/{code}/initiatives/import',
		summary:
			'Läs in insatser från en fil (CSV eller XLSX enligt mallen, en rad per insats). Allt eller inget: en felaktig rad gör att ingenting skrivs, och alla felaktiga rader listas med rad, kolumn, värde och meddelande. Redaktörer bara insatser som den egna organisationen leder.',
		description:
			'Mallen finns på /lan/{län}/insatser/mall.xlsx och mall.csv. CSV får vara UTF-8 (med eller utan BOM) eller Windows-1252, med semikolon eller komma och decimalkomma. Kroppen får vara högst 512 kB.',
		security,
		request: {
			params: code,
			query: io.InitiativeImportQuery,
			body: {
				content: {
					'text/csv': { schema: z.string().openapi({ description: 'CSV-filen' }) },
					[XLSX_TYPE]: {
						schema: z.string().openapi({ format: 'binary', description: 'Excel-arbetsboken' })
					}
				}
			}
		},
		responses: {
			200: ok(
				'Provkörning (dryRun=true): vad som skulle läsas in; inget är skrivet',
				io.InitiativeImportPreview
			),
			201: ok('Alla rader är inlästa; created har de nya id:na', io.InitiativeImportPreview),
			400: {
				description:
					'Filen har fel (rows listar varje fel; inget är skrivet), eller filen är för stor för importen',
				content: { 'application/json': { schema: io.InitiativeImportError } }
			},
			401: error('API-nyckeln är ogiltig'),
			403: error('Rollen räcker inte'),
			404: error('Länet finns inte'),
			413: error('Kroppen är större än 512 kB'),
			415: error('Filen ska skickas som den är, inte som JSON eller formulär')
		}
	});
	const publicData =
		'Offentliga insatser som inte är arkiverade, i alla län eller (med lan) ett; fria att använda enligt CC0 1.0. Svaret har en ETag; If-None-Match ger 304 när inget har ändrats.';
	registry.registerPath({
		method: 'get',
		path: '/oppna-data/insatser.json',
		summary: 'Öppna data: länens inventeringar av insatser som JSON',
		description: publicData,
		request: { query: io.OpenDataQuery },
		responses: {
			200: ok('Insatserna', io.OpenDataInitiatives),
			304: unchanged,
			404: error('Länet finns inte')
		}
	});
	registry.registerPath({
		method: 'get',
		path: '/oppna-data/insatser.csv',
		summary:
			'Öppna data: samma insatser som CSV (UTF-8 med BOM, semikolon, engelska kolumnnamn, | mellan flera värden)',
		description: publicData,
		request: { query: io.OpenDataQuery },
		responses: {
			200: {
				description: 'Insatserna, en rad per insats; kolumnerna beskrivs på /oppna-data',
				content: { 'text/csv': { schema: z.string() } }
			},
			304: unchanged,
			404: error('Länet finns inte')
		}
	});
	registry.registerPath({
		method: 'get',
		path: '/datasets/dcat',
		summary:
			'Datakatalog enligt DCAT-AP-SE (RDF/XML) över de öppna data, för dataportal.se att skörda',
		responses: {
			200: {
				description: 'dcat:Catalog med en dcat:Dataset för alla län och en per län med insatser',
				content: { 'application/rdf+xml': { schema: z.string() } }
			},
			304: unchanged
		}
	});

	const bearer = registry.registerComponent('securitySchemes', 'apiToken', {
		type: 'http',
		scheme: 'bearer',
		description:
			'En personlig API-nyckel (skapas på sidan Konto), med en av personens roller i ett län: Authorization: Bearer <nyckel>. Inloggning i webbläsaren (sessionskaka) fungerar också.'
	});
	registry.registerPath({
		method: 'get',
		path: '/api/me',
		summary: 'Den inloggade personen: namn, e-postadress och roller',
		security: [{ [bearer.name]: [] }],
		responses: {
			200: ok('Personen och rollerna anropet får använda', Me),
			401: error('Inte inloggad, eller API-nyckeln är ogiltig eller återkallad')
		}
	});

	return new OpenApiGeneratorV31(registry.definitions).generateDocument({
		openapi: '3.1.0',
		info: {
			title: 'Nära API',
			version: '0.1.0',
			description:
				'Öppet API för länens gemensamma innehåll om omställningen till god och nära vård: målbild, färdplan, processer, organisation, beslut och tidslinje. Innehållet är på svenska; varje uppgift anger sitt källdokument.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/' }]
	});
}
