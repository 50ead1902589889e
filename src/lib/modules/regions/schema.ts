import { z } from '../../core/zod.ts';
import { DEVELOPMENT_AREAS, FOCUS_SHIFTS } from '../../core/vocabulary.ts';
import { HEADINGS } from './seed/types.ts';

/** The knowledge bank's national overview (002, 2020): query and answers, for the pages and the API. */

const oneOf = (values: readonly string[]) =>
	z.preprocess(
		(v) => (v === '' || v === undefined ? null : v),
		z
			.string()
			.max(40)
			.nullable()
			.transform((v) => (v !== null && values.includes(v) ? v : null))
	);

/** Filters of the comparison: a theme each, and the regions to compare (county codes). */
export const RegionQuery = z.object({
	utvecklingsomrade: oneOf(DEVELOPMENT_AREAS),
	malomrade: z.preprocess(
		(v) => (v === '' || v === undefined ? null : v),
		z.string().max(40).nullable()
	),
	fokus: oneOf(FOCUS_SHIFTS),
	lan: z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.string().regex(/^\d{2}$/, { error: 'Ange län med tvåsiffrig länskod.' })).max(21)
	)
});
export type RegionQuery = z.infer<typeof RegionQuery>;

const Item = z
	.object({
		quote: z.string().openapi({ description: 'översiktens ord, ordagrant' }),
		lines: z.string().openapi({ description: 'var i källan, t.ex. "rad 104–106"' })
	})
	.openapi('OverviewItem');

const Fact = Item.extend({ heading: z.enum([...HEADINGS, 'case']) });

export const RegionSummary = z
	.object({
		countyCode: z.string(),
		countySlug: z.string(),
		region: z.string(),
		describes: z.literal(2020).openapi({ description: 'året översikten beskriver' }),
		source: z.string(),
		strategy: Fact.extend({ name: z.string(), year: z.number().int().nullable() }).nullable(),
		jointVision: Fact.extend({ status: z.enum(['yes', 'in_progress', 'planned']) })
			.nullable()
			.openapi({
				description: 'gemensam målbild med kommunerna 2020; null = översikten säger inget'
			}),
		bodies: z.array(Fact.extend({ name: z.string() })),
		themes: z.object({
			developmentAreas: z.array(z.enum(DEVELOPMENT_AREAS)),
			goalAreas: z.array(z.string()),
			focusShifts: z.array(z.enum(FOCUS_SHIFTS))
		}),
		caseStudy: z.string().nullable(),
		examples: z.object({ prioritised: z.number().int(), joint: z.number().int() }).openapi({
			description:
				'hur många exempel översikten ger under "Exempel på prioriterade utvecklingsområden" och "Exempel på gemensamma satsningar"'
		})
	})
	.openapi('RegionSummary');
export type RegionSummary = z.infer<typeof RegionSummary>;

export const RegionList = z.object({ regions: z.array(RegionSummary) }).openapi('RegionList');

const LinkedInitiative = z.object({ id: z.number().int(), title: z.string() });

export const RegionAccount = RegionSummary.extend({
	sections: z.array(
		z.object({
			heading: z.enum(HEADINGS),
			label: z.string(),
			line: z.number().int().nullable(),
			items: z.array(Item),
			initiatives: z.array(LinkedInitiative).openapi({
				description: 'insatser i inventeringen som är hämtade ur just den här rubriken'
			})
		})
	),
	case: z
		.object({
			title: z.string(),
			line: z.number().int(),
			items: z.array(Item),
			lessons: z.array(Item),
			initiatives: z.array(LinkedInitiative)
		})
		.nullable()
}).openapi('RegionAccount');
export type RegionAccount = z.infer<typeof RegionAccount>;
