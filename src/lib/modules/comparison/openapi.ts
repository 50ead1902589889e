import { z } from '../../core/zod.ts';
import { type ApiPaths, error, ok } from '../../platform/api/openapi.ts';
import { CountyComparison } from './schema.ts';

/** The comparison of counties in the API document. */
export const openapi = {
	compare: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/compare',
			summary:
				'Jämför två till sex län: inventeringen per utvecklingsområde, fokusförflyttning och fas, processernas täckning av utvecklingsområdena och valda nyckeltal (bara offentligt innehåll)',
			request: {
				query: z.object({
					lan: z
						.array(z.string())
						.openapi({ description: 'länskoder, t.ex. lan=17&lan=20 (2–6 län)' }),
					indikator: z.array(z.number().int()).optional().openapi({
						description:
							'nyckeltalens id i SKR:s uppföljning (högst 8); utan: det första nyckeltalet per fokusförflyttning'
					})
				})
			},
			responses: {
				200: ok('Länen sida vid sida', CountyComparison),
				400: error('Färre än två eller okända län; fields säger vad')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
