import { z } from '../../core/zod.ts';
import { type ApiPaths, error, ok } from '../../platform/api/openapi.ts';
import { CountyCode } from '../counties/index.ts';
import { YearlyReport } from './schema.ts';

/** The yearly follow-up of the roadmap in the API document. */
export const openapi = {
	report: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/yearly-report',
			summary:
				'Uppföljning av färdplanen ett år: årets arbete (insatser per utvecklingsområde och förflyttning, processer, beslut, milstolpar), framsteg (indikatorer, mål, Dialogguiden), utmaningar (hinder, indikatorer åt fel håll), vägen framåt (åtgärder, nästa milstolpar) och länets berättelse per avsnitt. Varje del anger källa och period; läsaren ser det hen får se (besökare: det offentliga)',
			request: {
				params: z.object({ code: CountyCode }),
				query: z.object({
					year: z.number().int().optional().openapi({
						description: 'året, 2000–2100; utan: förra året'
					})
				})
			},
			responses: {
				200: ok('Uppföljningen för året', YearlyReport),
				400: error('Året är inte ett årtal; fields säger vad'),
				404: error('Länet finns inte')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
