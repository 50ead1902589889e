import { z } from '../../core/zod.ts';
import { SECTION_KEYS } from './domain/sections.ts';

/**
 * The yearly follow-up of the roadmap ("Uppföljning av färdplanen"): the
 * question (a county's year), the narrative a coordinator writes per
 * section, and the answer the page, the PDF, the DOCX and the API share.
 */

const YEAR = 'Skriv året som ett årtal, t.ex. 2023.';
const NO_REVISION = 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.';

export const ReportYear = z.preprocess(
	(v) => (v === '' || v === null ? undefined : v),
	z.coerce
		.number({ error: YEAR })
		.int({ error: YEAR })
		.min(2000, { error: 'Året ska vara 2000 eller senare.' })
		.max(2100, { error: 'Året ska vara 2100 eller tidigare.' })
);

export const YearlyReportQuery = z.object({ year: ReportYear.optional() });

export const SectionKey = z.enum(SECTION_KEYS, {
	error: 'Välj ett av rapportens avsnitt: årets arbete, framsteg, utmaningar eller vägen framåt.'
});
export type SectionKey = z.infer<typeof SectionKey>;

export const NarrativeInput = z
	.object({
		text: z
			.string({ error: 'Skriv texten.' })
			.trim()
			.max(20000, { error: 'Texten får ha högst 20 000 tecken.' })
			.openapi({ description: 'berättelsen; stycken skiljs med en tom rad; tom = ingen text' }),
		revision: z
			.preprocess(
				(v) => (v === '' || v === null ? undefined : v),
				z.coerce
					.number({ error: NO_REVISION })
					.int({ error: NO_REVISION })
					.min(0, { error: NO_REVISION })
			)
			.openapi({
				type: 'integer',
				description: 'versionen som ändringen bygger på (0: ingen text ännu); en äldre ger 409'
			})
	})
	.openapi('YearlyReportNarrativeInput');
export type NarrativeInput = z.infer<typeof NarrativeInput>;

const Source = z.string().openapi({ description: 'källan till uppgifterna, i klartext' });
const Period = z.string().openapi({ description: 'perioden uppgifterna gäller, i klartext' });

const Count = z.object({
	key: z.string().nullable().openapi({ description: 'null: uppgift saknas' }),
	label: z.string(),
	started: z.number().int(),
	running: z.number().int(),
	ended: z.number().int()
});

const Ref = z.object({ id: z.number().int(), title: z.string() });

const Narrative = z
	.object({
		text: z.string(),
		version: z.number().int().openapi({ description: 'antal sparade versioner; 0 = ingen text' }),
		savedAt: z.string().nullable(),
		savedBy: z.string().nullable()
	})
	.openapi('YearlyReportNarrative');
export type Narrative = z.infer<typeof Narrative>;

const IndicatorRow = z.object({
	id: z.number().int(),
	title: z.string(),
	unit: z.string(),
	focusShift: z.string().nullable().openapi({ description: 'förflyttningen i klartext' }),
	period: z
		.number()
		.int()
		.nullable()
		.openapi({ description: 'året för värdet; null = inget värde' }),
	value: z.number().nullable(),
	change: z
		.object({
			fromPeriod: z.number().int(),
			toPeriod: z.number().int(),
			fromValue: z.number(),
			toValue: z.number(),
			change: z.number()
		})
		.nullable()
		.openapi({
			description: 'förändringen på fem år fram till värdets år; null = kan inte räknas'
		}),
	verdict: z.enum(['better', 'worse', 'unchanged', 'no_direction', 'unknown']),
	assessment: z.string().openapi({ description: 'bedömningen av förändringen, i klartext' }),
	source: Source
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const YearlyReport = z
	.object({
		county: z.object({ code: z.string(), name: z.string(), slug: z.string() }),
		year: z.number().int(),
		generatedOn: z.iso.date(),
		work: z.object({
			initiatives: z.object({
				started: z.number().int(),
				running: z.number().int(),
				ended: z.number().int(),
				unknownTime: z
					.number()
					.int()
					.openapi({ description: 'insatser utan startdatum, eller avslutade utan slutdatum' }),
				byDevelopmentArea: z.array(Count),
				byFocusShift: z.array(Count),
				startedList: z.array(Ref.extend({ startsOn: z.string() })),
				endedList: z.array(Ref.extend({ endsOn: z.string() })),
				source: Source,
				period: Period
			}),
			processes: z.object({
				list: z.array(
					Ref.extend({
						level: z.string(),
						status: z.string(),
						workedThrough: z.number().int(),
						notConsidered: z.array(z.string()),
						notAssessed: z.array(z.string())
					})
				),
				rule: z.string().nullable(),
				source: Source,
				period: Period
			}),
			decisions: z.array(
				Ref.extend({
					decidedOn: z.iso.date(),
					datePrecision: z.enum(['day', 'month']),
					madeBy: z.string(),
					source: Source
				})
			),
			milestones: z.array(
				Ref.extend({ period: z.string(), status: z.string(), owner: z.string(), source: Source })
			)
		}),
		progress: z.object({
			indicators: z.array(IndicatorRow),
			targets: z.array(
				z.object({
					indicator: z.string(),
					area: z.string(),
					period: z.number().int(),
					target: z.number(),
					actual: z.number().nullable(),
					status: z.enum(['reached', 'not_reached', 'no_actual', 'no_direction', 'later']),
					source: Source
				})
			),
			selfAssessment: z
				.object({
					periods: z.array(z.string()),
					dimensions: z.array(
						z.object({ title: z.string(), medians: z.array(z.number().nullable()) })
					),
					source: Source
				})
				.nullable()
				.openapi({ description: 'null: inga resultat av Dialogguiden att visa' })
		}),
		challenges: z.object({
			openBarriers: z.array(
				Ref.extend({ kind: z.string(), status: z.string(), raisedOn: z.string().nullable() })
			),
			resolvedBarriers: z.array(
				Ref.extend({ kind: z.string(), resolvedOn: z.string(), decision: z.string().nullable() })
			),
			barrierSource: Source,
			wrongWay: z.array(IndicatorRow)
		}),
		forward: z.object({
			actions: z
				.array(
					Ref.extend({
						owner: z.string(),
						dueOn: z.string(),
						status: z.string(),
						overdue: z.boolean()
					})
				)
				.nullable()
				.openapi({ description: 'null: åtgärderna visas bara för inloggade med en roll i länet' }),
			actionSource: Source,
			milestones: z.array(
				Ref.extend({ period: z.string(), status: z.string(), owner: z.string(), source: Source })
			)
		}),
		narratives: z.object(
			Object.fromEntries(SECTION_KEYS.map((k) => [k, Narrative])) as Record<
				(typeof SECTION_KEYS)[number],
				typeof Narrative
			>
		)
	})
	.openapi('YearlyReport');
export type YearlyReport = z.infer<typeof YearlyReport>;
