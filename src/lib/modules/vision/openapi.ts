import { type ApiPaths, error, ok, writeErrors } from '../../platform/api/openapi.ts';
import { countyParams, countyRead, countyWrite } from '../counties/index.server.ts';
import { Vision, VisionVersionInput, VisionVersions } from './schema.ts';

/** The vision's paths in the API document. */
export const openapi = {
	current: (registry) =>
		countyRead(
			registry,
			'vision',
			'Länets gällande målbild',
			Vision,
			'Länet finns inte eller har ingen målbild'
		),
	versions: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/vision/versions',
			summary: 'Alla publicerade versioner av länets målbild, nyaste först',
			request: { params: countyParams },
			responses: { 200: ok('Versionerna', VisionVersions), 404: error('Länet finns inte') }
		});
		countyWrite(
			registry,
			{
				method: 'post',
				name: 'vision/versions',
				summary:
					'Publicera en ny version av målbilden (version = senaste + 1); tidigare versioner finns kvar',
				input: VisionVersionInput
			},
			{
				201: ok('Den nya versionen', Vision),
				...writeErrors,
				409: error(
					'En nyare version än basedOnVersion har publicerats; current visar den och vem som publicerade'
				)
			}
		);
	}
} satisfies Record<string, ApiPaths>;
