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
import { countyParams, itemParams } from '../counties/index.server.ts';
import { XLSX_TYPE } from './export.server.ts';
import * as io from './io-schema.ts';
import * as ini from './schema.ts';

const publicData =
	'Offentliga insatser som inte är arkiverade, i alla län eller (med lan) ett; fria att använda enligt CC0 1.0. Svaret har en ETag; If-None-Match ger 304 när inget har ändrats.';

/** The inventory of initiatives in the API document. */
export const openapi = {
	// anyone finds the public ones; editors register their own
	inventory: (registry) => {
		const initiativeErrors = { ...writeErrors, 404: error('Länet eller insatsen finns inte') };
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/initiatives',
			summary:
				'Sök bland länets insatser: svensk fritextsökning (q) och filter, som listan på webbplatsen; med antal per filtervärde',
			description: `Värden i samma filter är alternativ (eller), olika filter kombineras (och). Interna insatser bara för den som har en roll i länet (sessionskaka eller API-nyckel). ${cached}`,
			request: { params: countyParams, query: ini.InitiativeQuery },
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
			request: { params: countyParams, body: body(ini.InitiativeInput) },
			responses: { 201: ok('Insatsen', ini.Initiative), ...initiativeErrors }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/initiatives/{id}',
			summary: 'En insats med partner, kommuner, finansiering och revision',
			description: cached,
			request: { params: itemParams },
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
			request: { params: itemParams, body: body(ini.InitiativeUpdate) },
			responses: {
				200: ok('Insatsen efter ändringen', ini.Initiative),
				...initiativeErrors,
				409: error(
					'Någon annan har ändrat insatsen sedan revisionen; current visar hur den är nu, vem som ändrade och när'
				)
			}
		});
	},
	// importing a file, and the open data
	files: (registry) => {
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/initiatives/import',
			summary:
				'Läs in insatser från en fil (CSV eller XLSX enligt mallen, en rad per insats). Allt eller inget: en felaktig rad gör att ingenting skrivs, och alla felaktiga rader listas med rad, kolumn, värde och meddelande. Redaktörer bara insatser som den egna organisationen leder.',
			description:
				'Mallen finns på /lan/{län}/insatser/mall.xlsx och mall.csv. CSV får vara UTF-8 (med eller utan BOM) eller Windows-1252, med semikolon eller komma och decimalkomma. Kroppen får vara högst 512 kB.',
			security,
			request: {
				params: countyParams,
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
	}
} satisfies Record<string, ApiPaths>;
