import { type ApiPaths, cached, error, ok, unchanged } from '../../platform/api/openapi.ts';
import { z } from '../../core/zod.ts';
import { RegionAccount, RegionList } from './schema.ts';

/** The knowledge bank's national overview (002, 2020) in the API document. */
export const openapi = {
	overview: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/regions',
			summary:
				'De 21 regionernas uppgifter i den nationella översikten (2020): strategi och år, gemensam målbild, gemensamma organ, teman',
			description: `Varje uppgift citerar översikten (002) med raderna i källan. Ett tema kommer från insatserna i inventeringen som är hämtade ur regionens avsnitt. ${cached}`,
			request: {
				query: z.object({
					utvecklingsomrade: z.string().optional(),
					malomrade: z.string().optional(),
					fokus: z.string().optional(),
					lan: z.array(z.string()).optional().openapi({ description: 'länskoder, t.ex. 17' })
				})
			},
			responses: {
				200: ok('Regionerna', RegionList),
				304: unchanged,
				400: error('Filtret är ogiltigt')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/regions/{code}',
			summary: 'En regions avsnitt i översikten under de fem rubrikerna, med fallstudien',
			description: cached,
			request: { params: z.object({ code: z.string().openapi({ example: '17' }) }) },
			responses: {
				200: ok('Regionens avsnitt', RegionAccount),
				304: unchanged,
				404: error('Regionen finns inte i översikten')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
