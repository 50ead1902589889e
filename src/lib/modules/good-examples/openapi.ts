import { z } from '../../core/zod.ts';
import { type ApiPaths, cached, error, ok, unchanged } from '../../platform/api/openapi.ts';
import { GoodExample, GoodExampleList, GoodExampleQuery } from './schema.ts';

/** Good examples across counties in the API document (reading; the writes are the pages' forms). */
export const openapi = {
	national: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/good-examples',
			summary:
				'Goda exempel från alla län, bedömda som lovande eller beprövade, med sökning och filter',
			description: cached,
			request: { query: GoodExampleQuery },
			responses: {
				200: ok('De goda exemplen', GoodExampleList),
				304: unchanged,
				400: error('Sökningen är ogiltig')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/good-examples/{id}',
			summary: 'Ett gott exempel: insatsen, kriterierna, bedömningen och var det har använts',
			description: `Nomineringar som inte är bedömda bara för länets egna. ${cached}`,
			request: { params: z.object({ id: z.coerce.number().int() }) },
			responses: {
				200: ok('Exemplet', GoodExample),
				304: unchanged,
				404: error('Exemplet finns inte')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
