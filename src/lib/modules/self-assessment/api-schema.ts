import { z } from '../../core/zod.ts';

/** The Dialogguide's answers in the API: templates, rounds for their managers, aggregated results only. */

export const AssessmentTemplate = z
	.object({
		id: z.number().int(),
		title: z.string(),
		intro: z.string(),
		version: z
			.number()
			.int()
			.openapi({ description: 'mallens version; varje ändrat påstående ger en ny' }),
		source: z.string().nullable(),
		dimensions: z.array(
			z.object({
				key: z.string(),
				title: z.string(),
				kind: z.string(),
				roadmapText: z.string(),
				source: z.string().nullable(),
				quote: z.string()
			})
		),
		statements: z.array(
			z.object({
				id: z.number().int(),
				text: z.string(),
				dimensionKey: z.string(),
				source: z.string().nullable(),
				quote: z.string().openapi({ description: 'stället i källan som påståendet bygger på' })
			})
		)
	})
	.openapi('AssessmentTemplate');
export const AssessmentTemplateList = z.array(AssessmentTemplate).openapi('AssessmentTemplateList');

export const AssessmentRound = z
	.object({
		id: z.number().int(),
		workplace: z.string(),
		organisation: z.string(),
		manager: z.string(),
		closesOn: z.string(),
		closed: z.boolean(),
		answers: z.number().int(),
		mode: z.enum(['codes', 'link'])
	})
	.openapi('AssessmentRound');
export const AssessmentRoundList = z.array(AssessmentRound).openapi('AssessmentRoundList');

export const AssessmentRoundOpened = z
	.object({ id: z.number().int(), token: z.string(), codes: z.array(z.string()) })
	.openapi('AssessmentRoundOpened');

const Cell = z
	.union([
		z.object({
			shown: z.literal(true),
			folded: z.boolean(),
			n: z.number().int(),
			median: z.number(),
			mean: z.number(),
			distribution: z.array(z.number().int()),
			dontKnow: z.number().int()
		}),
		z.object({ shown: z.literal(false) })
	])
	.openapi('AssessmentCell', {
		description: 'en cell med färre än K svar visas inte (shown: false)'
	});

export const AssessmentRoundResults = z
	.object({
		round: AssessmentRound,
		state: z.enum(['open', 'too_few', 'shown']),
		k: z.number().int().nullable(),
		dimensions: z.array(
			z.object({ key: z.string(), title: z.string(), workplace: Cell, county: Cell })
		)
	})
	.openapi('AssessmentRoundResults');

export const AssessmentCountyResults = z
	.object({
		countyCode: z.string(),
		k: z.number().int(),
		source: z.literal('Nära – Dialogguiden'),
		rows: z.array(
			z.object({
				dimension: z.string(),
				period: z.string().openapi({ description: 'halvår, t.ex. "2026 H1"' }),
				organisation: z.string(),
				answers: z.number().int(),
				rounds: z.number().int(),
				median: z.number(),
				mean: z.number()
			})
		)
	})
	.openapi('AssessmentCountyResults');
