import { type ApiPaths, error, ok } from '../../platform/api/openapi.ts';
import { Me } from './account-schema.ts';

/** The accounts module's paths in the API document: the signed-in person. */
export const openapi = {
	me: (registry) => {
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
	}
} satisfies Record<string, ApiPaths>;
