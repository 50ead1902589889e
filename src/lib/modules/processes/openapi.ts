import {
	type ApiPaths,
	cached,
	error,
	ok,
	unchanged,
	writeErrors
} from '../../platform/api/openapi.ts';
import {
	countyArchivePath,
	countyCreatePath,
	countyParams,
	countyUpdatePath,
	itemParams
} from '../counties/index.server.ts';
import { Process, ProcessList } from './api-schema.ts';
import { ProcessInput, ProcessUpdate } from './schema.ts';

/** The processes and their coverage of the four development areas, in the API document. */
export const openapi = {
	all: (registry) => {
		const errors = { ...writeErrors, 404: error('Länet eller processen finns inte') };
		const process = { path: 'processes', what: 'en process', the: 'processen', errors };
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
		countyCreatePath(
			registry,
			process,
			'Lägg till en process (länets samordnare och administratörer)',
			ProcessInput,
			Process
		);
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
		countyUpdatePath(
			registry,
			process,
			ProcessUpdate,
			Process,
			'Ändra en process, dess kopplingar och täckningen av alla fyra utvecklingsområdena; revision ska vara den som ändringen bygger på'
		);
		countyArchivePath(registry, process);
	}
} satisfies Record<string, ApiPaths>;
