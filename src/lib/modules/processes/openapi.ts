import { ArchiveInput } from '../../core/fields.ts';
import { Archived } from '../../core/api-schema.ts';
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
import { Process, ProcessList } from './api-schema.ts';
import { ProcessInput, ProcessUpdate } from './schema.ts';

/** The processes and their coverage of the four development areas, in the API document. */
export const openapi = {
	all: (registry) => {
		const processErrors = { ...writeErrors, 404: error('Länet eller processen finns inte') };
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/processes',
			summary:
				'Länets processer med täckningen av de fyra utvecklingsområdena, sammanfattningen per område och luckorna',
			description: `Interna processer bara för den som har en roll i länet (sessionskaka eller API-nyckel). ${cached}`,
			request: { params: countyParams },
			responses: {
				200: ok('Processerna, sammanfattningen och luckorna', ProcessList),
				304: unchanged,
				404: error('Länet finns inte')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/processes',
			summary: 'Lägg till en process (länets samordnare och administratörer)',
			security,
			request: { params: countyParams, body: body(ProcessInput) },
			responses: { 201: ok('Processen', Process), ...processErrors }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/processes/{id}',
			summary: 'En process med täckningen av utvecklingsområdena och sin revision',
			description: cached,
			request: { params: itemParams },
			responses: {
				200: ok('Processen', Process),
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
			request: { params: itemParams, body: body(ProcessUpdate) },
			responses: {
				200: ok('Processen efter ändringen', Process),
				...processErrors,
				409: error('Någon annan har ändrat processen sedan revisionen; current visar hur den är nu')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/processes/{id}/archive',
			summary: 'Arkivera en process (den finns kvar i historiken)',
			security,
			request: { params: itemParams, body: body(ArchiveInput) },
			responses: {
				200: ok('Arkiverad', Archived),
				...processErrors,
				409: error('Processen har ändrats')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
