import { COVERAGE_STATES, DEVELOPMENT_AREAS, FOCUS_SHIFTS, PHASES } from '../../core/vocabulary.ts';
import { z } from '../../core/zod.ts';

/** Comparing counties: the question (from the address) and the answer. */

const list = (v: unknown) =>
	v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];

export const ComparisonQuery = z.object({
	lan: z.preprocess(
		list,
		z
			.array(z.string().regex(/^\d{2}$/, { error: 'Välj län i listan.' }))
			.min(2, { error: 'Välj minst två län att jämföra.' })
			.max(6, { error: 'Välj högst sex län åt gången.' })
	),
	indikator: z.preprocess(
		list,
		z
			.array(z.coerce.number({ error: 'Välj nyckeltal i listan.' }).int().min(1).max(2147483647))
			.max(8, { error: 'Välj högst åtta nyckeltal åt gången.' })
	)
});

const counts = <K extends readonly [string, ...string[]]>(keys: K) =>
	z.object(
		Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K[number], z.ZodNumber>
	);

const Figure = z.object({
	period: z.number().int(),
	value: z.number(),
	basis: z.enum(['region', 'aggregate', 'selection', 'municipality']).openapi({
		description:
			'region: Koladas värde för regionen; aggregate: räknat i Nära från kommunerna (selection: från de valda kommunerna; municipality: den enda valda kommunens värde)'
	}),
	credit: z.string()
});

export const CountyComparison = z
	.object({
		counties: z.array(
			z.object({
				code: z.string(),
				name: z.string(),
				slug: z.string(),
				inventory: z.object({
					total: z.number().int(),
					byArea: counts(DEVELOPMENT_AREAS),
					byShift: counts(FOCUS_SHIFTS),
					byPhase: counts(PHASES),
					noArea: z.number().int()
				}),
				coverage: z.object({
					processes: z.number().int(),
					byArea: z.object(
						Object.fromEntries(
							DEVELOPMENT_AREAS.map((a) => [a, counts(COVERAGE_STATES)])
						) as Record<
							(typeof DEVELOPMENT_AREAS)[number],
							ReturnType<typeof counts<typeof COVERAGE_STATES>>
						>
					)
				}),
				indicators: z.array(z.object({ indicatorId: z.number().int(), figure: Figure.nullable() }))
			})
		),
		indicators: z
			.array(
				z.object({
					id: z.number().int(),
					koladaId: z.string().nullable(),
					title: z.string(),
					unit: z.string(),
					focusShift: z.enum(FOCUS_SHIFTS),
					chosen: z.boolean()
				})
			)
			.openapi({ description: 'SKR:s nyckeltal för omställningen; chosen: de som jämförs' }),
		readAt: z.string().openapi({ description: 'när inventeringen och processerna lästes' })
	})
	.openapi('CountyComparison');
export type CountyComparison = z.infer<typeof CountyComparison>;
