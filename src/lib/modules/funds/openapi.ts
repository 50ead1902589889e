import { z } from '../../core/zod.ts';
import { type ApiPaths, error, ok } from '../../platform/api/openapi.ts';
import { CountyCode } from '../counties/index.ts';
import { FundsReport } from './schema.ts';

/** The account of the state agreement's funds in the API document. */
export const openapi = {
	report: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/funds',
			summary:
				'Överenskommelsens medel (god och nära vård) ett år: insatserna, summor per ansvarig organisation och per utvecklingsområde, och rader där beloppet saknas. Ur inventeringens finansieringsrader; besökare ser bara offentliga insatser',
			request: {
				params: z.object({ code: CountyCode }),
				query: z.object({
					year: z.number().int().optional().openapi({
						description: 'året; utan: det senaste året med rader, annars innevarande år'
					})
				})
			},
			responses: {
				200: ok('Redovisningen för året', FundsReport),
				400: error('Året är inte ett årtal; fields säger vad'),
				404: error('Länet finns inte')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
