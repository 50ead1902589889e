import type { ApiPaths } from '../../platform/api/openapi.ts';
import { error, ok, writeErrors } from '../../platform/api/openapi.ts';
import {
	countyArchivePath,
	countyCreatePath,
	countyRead,
	countyUpdatePath,
	itemParams
} from '../counties/index.server.ts';
import {
	EditableReflection,
	Reflection,
	ReflectionInput,
	ReflectionUpdate,
	Reflections
} from './schema.ts';

const writes = {
	path: 'reflections',
	what: 'en reflektion (samordnare)',
	the: 'reflektionen',
	errors: { ...writeErrors, 404: error('Länet eller reflektionen finns inte') }
};

/** The reflections' paths in the API document. */
export const openapi = {
	all: (registry) => {
		countyRead(
			registry,
			'reflections',
			'Organens och processernas reflektioner (vad ser vi – vad betyder det – vad gör vi nu) med underlag; interna bara för inloggade i länet',
			Reflections,
			'Länet finns inte'
		);
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/reflections/{id}',
			summary:
				'En reflektion med sitt underlag; ett nyckeltal med värdena så som de stod när det länkades',
			request: { params: itemParams },
			responses: {
				200: ok('Reflektionen', Reflection),
				404: error('Länet eller reflektionen finns inte')
			}
		});
		countyCreatePath(
			registry,
			writes,
			'Skriv en reflektion (samordnare och administratörer)',
			ReflectionInput,
			EditableReflection
		);
		countyUpdatePath(registry, writes, ReflectionUpdate, EditableReflection);
		countyArchivePath(registry, writes);
	}
} satisfies Record<string, ApiPaths>;
