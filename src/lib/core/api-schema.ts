import { z } from './zod.ts';

export const ApiError = z
	.object({
		error: z.object({
			code: z.enum([
				'invalid',
				'not_found',
				'forbidden',
				'conflict',
				'too_many',
				'unauthorized',
				'method_not_allowed',
				'too_large',
				'headers_too_large',
				'internal',
				'unavailable'
			]),
			message: z.string(),
			fields: z.record(z.string(), z.array(z.string())).optional(),
			current: z
				.unknown()
				.optional()
				.openapi({ description: 'vid 409: uppgiften som den är sparad nu, och av vem' })
		})
	})
	.openapi('Error');
export const Health = z.object({ status: z.literal('ok') }).openapi('Health');
export const Ready = z
	.object({ status: z.literal('ok'), database: z.literal('ok'), migrations: z.literal('ok') })
	.openapi('Ready');
export const Archived = z.object({ id: z.number().int() }).openapi('Archived');
