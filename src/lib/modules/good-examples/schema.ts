import { optionalText, Revision, requiredId, text } from '../../core/fields.ts';
import { DEVELOPMENT_AREAS, FOCUS_SHIFTS } from '../../core/vocabulary.ts';
import { z } from '../../core/zod.ts';
import { CRITERIA, GOOD_EXAMPLE_STATUSES, REVIEW_DECISIONS } from './domain/criteria.ts';

/** Good examples: the inputs of nominating, reviewing and reusing, and the answers. */

/** A checkbox group from a form (joined by commas) or a JSON array. */
const checked = <T extends z.ZodType>(item: T, max: number) =>
	z.preprocess(
		(v) =>
			v === undefined || v === null || v === ''
				? []
				: Array.isArray(v)
					? v
					: String(v).split(',').filter(Boolean),
		z.array(item).max(max)
	);

export const NominationInput = z
	.object({
		initiativeId: requiredId('Välj insatsen som ska nomineras.').openapi({
			description: 'insatsen i länets inventering'
		}),
		criteria: checked(
			z.enum(CRITERIA, { error: 'Välj kriterier ur listan.' }),
			CRITERIA.length
		).refine((v) => v.length > 0, {
			error: 'Kryssa för minst ett av kriterierna som insatsen uppfyller.'
		}),
		justification: text('en motivering', 2000).refine((v) => v.length >= 20, {
			error: 'Skriv en motivering på minst 20 tecken: varför är insatsen ett gott exempel?'
		})
	})
	.openapi('GoodExampleNomination');
export type NominationInput = z.infer<typeof NominationInput>;

export const ReviewInput = z
	.object({
		decision: z.enum(REVIEW_DECISIONS, {
			error: 'Välj lovande, beprövat eller inte bekräftat.'
		}),
		note: optionalText('kommentaren', 2000),
		revision: Revision
	})
	.openapi('GoodExampleReview');

export const ReuseInput = z
	.object({
		countyCode: z
			.string({ error: 'Välj länet där exemplet ska användas.' })
			.regex(/^\d{2}$/, { error: 'Välj länet där exemplet ska användas.' })
			.openapi({ description: 'länet vars inventering får kopian' })
	})
	.openapi('GoodExampleReuse');

/** A facet's value; an unknown one (an old shared link) filters nothing rather than failing. */
const facet = <T extends string>(values: readonly T[]) =>
	z.preprocess(
		(v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? v : ''),
		z.enum(['', ...values])
	);

export const GoodExampleQuery = z.object({
	q: z.string().trim().max(200, { error: 'Sökningen får ha högst 200 tecken.' }).default(''),
	lan: z.string().max(2).default(''),
	status: facet(['promising', 'proven'] as const),
	utvecklingsomrade: facet(DEVELOPMENT_AREAS),
	fokus: facet(FOCUS_SHIFTS),
	malomrade: z.string().max(40).default('')
});
export type GoodExampleQuery = z.infer<typeof GoodExampleQuery>;

const Reuse = z.object({
	initiativeId: z.number().int(),
	title: z.string(),
	countyCode: z.string(),
	countyName: z.string(),
	countySlug: z.string(),
	at: z.string()
});

export const GoodExample = z
	.object({
		id: z.number().int(),
		countyCode: z.string(),
		countyName: z.string(),
		countySlug: z.string(),
		initiative: z.object({
			id: z.number().int(),
			title: z.string(),
			description: z.string(),
			results: z.string(),
			lessons: z.string(),
			phase: z.string(),
			level: z.string(),
			goalAreas: z.array(z.string()),
			developmentAreas: z.array(z.string()),
			focusShifts: z.array(z.string()),
			source: z.string().nullable()
		}),
		criteria: z.array(z.enum(CRITERIA)),
		justification: z.string(),
		status: z.enum(GOOD_EXAMPLE_STATUSES),
		reviewNote: z.string(),
		reviewedAt: z.string().nullable(),
		nominatedAt: z.string(),
		revision: z.number().int(),
		reusedIn: z.array(Reuse)
	})
	.openapi('GoodExample');
export type GoodExample = z.infer<typeof GoodExample>;

export const GoodExampleList = z
	.object({ total: z.number().int(), examples: z.array(GoodExample) })
	.openapi('GoodExampleList');
