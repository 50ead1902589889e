import { z } from '../../../core/zod.ts';

/** A Kolada import started from the browser, and how far it has come (its page polls this). */
export const KoladaImportJob = z
	.object({
		id: z.number().int(),
		status: z.enum(['queued', 'running', 'done', 'failed']).openapi({
			description:
				'queued: väntar på en arbetare (eller på ett nytt försök); running: pågår; done: klar; failed: misslyckades (meddelandet säger vad man kan göra)'
		}),
		done: z.number().int(),
		total: z.number().int(),
		message: z.string(),
		kpis: z.array(z.string()),
		years: z.object({ from: z.number().int(), to: z.number().int() }),
		attempts: z
			.number()
			.int()
			.openapi({ description: 'hur många gånger en arbetare har startat den' }),
		createdAt: z.string().openapi({ format: 'date-time' }),
		startedAt: z.string().nullable().openapi({ format: 'date-time' }),
		finishedAt: z.string().nullable().openapi({ format: 'date-time' })
	})
	.openapi('KoladaImportJob');

/** A job as the API shows it: its times as ISO 8601. */
export function koladaJobBody(job: {
	createdAt: Date;
	startedAt: Date | null;
	finishedAt: Date | null;
}) {
	return {
		...job,
		createdAt: job.createdAt.toISOString(),
		startedAt: job.startedAt?.toISOString() ?? null,
		finishedAt: job.finishedAt?.toISOString() ?? null
	};
}
