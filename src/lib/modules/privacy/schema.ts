import { z } from '../../core/zod.ts';
import { RETENTION, RETENTION_PURPOSES, type RetentionPurpose } from './domain/retention.ts';

/** The inputs of the privacy module: retention periods, and erasing one's account. */

const days = (purpose: RetentionPurpose) =>
	z.coerce
		.number({
			error: `Ange antal dagar för ${RETENTION[purpose].what.split(',')[0]!.toLowerCase()}.`
		})
		.int({ error: 'Ange ett helt antal dagar.' })
		.min(1, { error: 'Lagringstiden är minst 1 dag.' })
		.max(3650, { error: 'Lagringstiden är högst 3 650 dagar (tio år).' });

export const RetentionInput = z
	.object({
		revision: z.coerce.number().int().min(0),
		...(Object.fromEntries(RETENTION_PURPOSES.map((p) => [p, days(p)])) as Record<
			RetentionPurpose,
			ReturnType<typeof days>
		>)
	})
	.openapi('RetentionInput');

export const RetentionPeriods = z
	.object({
		countyCode: z.string(),
		revision: z.number().int(),
		periods: z.array(
			z.object({
				purpose: z.enum(RETENTION_PURPOSES),
				days: z.number().int(),
				what: z.string(),
				why: z.string(),
				deletion: z.string(),
				basis: z.string()
			})
		)
	})
	.openapi('RetentionPeriods');
export type RetentionPeriods = z.infer<typeof RetentionPeriods>;

export const EraseInput = z.object({
	confirm: z
		.string({ error: 'Skriv RADERA för att bekräfta.' })
		.trim()
		.refine((v) => v.toUpperCase() === 'RADERA', { error: 'Skriv RADERA för att bekräfta.' })
});
