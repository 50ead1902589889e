import {
	checkbox,
	emptyIsNone,
	isCalendarDate,
	optionalText,
	Revision,
	rowId,
	text
} from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { AGE_BANDS } from '../stories/index.ts';
import { CAMPAIGN_PHASES } from './domain/vocabulary.ts';

/**
 * The inputs and answers of "Vad är viktigt för dig?": one schema each for
 * the form, the API and the OpenAPI document. Messages are Swedish.
 */

const optionalId = (message: string) =>
	z.preprocess(emptyIsNone, rowId(message).optional()) as unknown as z.ZodOptional<z.ZodNumber>;
const optionalAgeBand = z
	.preprocess(emptyIsNone, z.enum(AGE_BANDS, { error: 'Välj en åldersgrupp i listan.' }).optional())
	.openapi({ description: 'frivilligt' }) as unknown as z.ZodOptional<
	z.ZodEnum<{ [K in (typeof AGE_BANDS)[number]]: K }>
>;
const day = (what: string) =>
	z
		.string({ error: `Skriv ${what} som ÅÅÅÅ-MM-DD, t.ex. 2027-06-14.` })
		.trim()
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), {
			error: `Skriv ${what} som ÅÅÅÅ-MM-DD, t.ex. 2027-06-14.`,
			abort: true
		})
		.refine((v) => isCalendarDate(v) && v >= '2000-01-01' && v <= '2100-12-31', {
			error: 'Datumet finns inte i kalendern (eller ligger före år 2000 eller efter 2100).'
		})
		.openapi({ description: 'ÅÅÅÅ-MM-DD' });

export const CampaignInput = z
	.object({
		question: text('frågan', 300),
		introduction: optionalText('inledningen', 2000),
		opensOn: day('första dagen'),
		closesOn: day('sista dagen'),
		municipalityId: optionalId('Välj en kommun i listan.').openapi({
			description: 'bara invånare i kommunen tillfrågas; tomt: hela länet'
		}),
		ageBand: optionalAgeBand
	})
	.refine((v) => v.opensOn <= v.closesOn, {
		error: 'Sista dagen kan inte ligga före första dagen.',
		path: ['closesOn']
	})
	.openapi('CampaignInput');
export type CampaignInput = z.infer<typeof CampaignInput>;

export const AnswerInput = z
	.object({
		answer: text('ditt svar', 3000),
		municipalityId: optionalId('Välj en kommun i listan.').openapi({ description: 'frivilligt' }),
		ageBand: optionalAgeBand,
		consentQuote: checkbox.openapi({ description: 'svaret får citeras i sammanfattningen' })
	})
	.openapi('CampaignAnswerInput');
export type AnswerInput = z.infer<typeof AnswerInput>;

/** New themes, one a line (a form's textarea) or a list (the API). */
export const ThemesInput = z
	.object({
		names: z
			.preprocess(
				(v) =>
					Array.isArray(v)
						? v
						: String(v ?? '')
								.split('\n')
								.map((l) => l.trim())
								.filter((l) => l !== ''),
				z
					.array(
						z
							.string()
							.trim()
							.min(1, { error: 'Ett tema behöver ett namn.' })
							.max(120, { error: 'Ett temas namn får ha högst 120 tecken.' })
					)
					.min(1, { error: 'Skriv minst ett tema, ett per rad.' })
					.max(30, { error: 'Lägg till högst 30 teman åt gången.' })
			)
			.openapi({ description: 'temanas namn, ett per rad i formuläret' })
	})
	.openapi('CampaignThemesInput');
export type ThemesInput = z.infer<typeof ThemesInput>;

/**
 * A moderator's grouping, all at once: each answer's theme (or none) and
 * whether it is quoted. As a form: `theme-<answerId>` (a theme id, or empty)
 * and `quote-<answerId>` ("on").
 */
export const ThemingInput = z
	.object({
		revision: Revision,
		answers: z
			.array(
				z.object({
					id: rowId('Svaret finns inte.'),
					themeId: z.preprocess(
						(v) => (v === '' || v === undefined ? null : v),
						z.union([z.null(), rowId('Välj ett tema i listan.')])
					),
					quoted: checkbox
				})
			)
			.max(5000)
	})
	.openapi('CampaignTheming');
export type ThemingInput = z.infer<typeof ThemingInput>;

/** The grouping form's fields as ThemingInput reads them. */
export function themingFromForm(values: Record<string, string>): Record<string, unknown> {
	const ids = Object.keys(values)
		.map((k) => /^theme-(\d+)$/.exec(k)?.[1])
		.filter((v): v is string => v !== undefined);
	return {
		revision: values.revision,
		answers: ids.map((answerId) => ({
			id: answerId,
			themeId: values[`theme-${answerId}`] ?? '',
			quoted: values[`quote-${answerId}`] === 'on'
		}))
	};
}

const Named = z.object({ id: z.number().int(), name: z.string() });

export const Campaign = z
	.object({
		id: z.number().int(),
		question: z.string(),
		introduction: z.string(),
		opensOn: z.string(),
		closesOn: z.string(),
		phase: z.enum(CAMPAIGN_PHASES),
		municipality: Named.nullable(),
		ageBand: z.enum(AGE_BANDS).nullable()
	})
	.openapi('Campaign');
export type Campaign = z.infer<typeof Campaign>;

export const CampaignList = z.object({ campaigns: z.array(Campaign) }).openapi('CampaignList');

const count = z.number().int().nullable().openapi({
	description: 'null: färre svar än minsta gruppstorlek, eller dolt för att skydda en sådan'
});

export const CampaignSummary = z
	.object({
		campaign: Campaign,
		min: z.number().int().openapi({ description: 'minsta gruppstorlek för ett visat antal' }),
		total: count,
		themes: z.array(
			z.object({
				id: z.number().int(),
				name: z.string(),
				description: z.string(),
				count,
				quotes: z.array(z.string())
			})
		),
		unthemed: count,
		municipalities: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), count })),
		ageBands: z.array(z.object({ key: z.string().nullable(), label: z.string(), count }))
	})
	.openapi('CampaignSummary');
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignAnswers = z
	.object({
		campaign: Campaign,
		revision: z.number().int(),
		themes: z.array(z.object({ id: z.number().int(), name: z.string(), description: z.string() })),
		answers: z.array(
			z.object({
				id: z.number().int(),
				answer: z
					.string()
					.nullable()
					.openapi({ description: 'null när lagringstiden har gått ut' }),
				municipality: z.string().nullable(),
				ageBand: z.enum(AGE_BANDS).nullable(),
				consentQuote: z.boolean(),
				receivedOn: z.string(),
				themeId: z.number().int().nullable(),
				quoted: z.boolean()
			})
		)
	})
	.openapi('CampaignAnswers');
export type CampaignAnswers = z.infer<typeof CampaignAnswers>;

export const CampaignRef = z
	.object({
		id: z.number().int(),
		revision: z.number().int().optional(),
		themes: z.array(z.number().int()).optional().openapi({ description: 'de nya temanas id' })
	})
	.openapi('CampaignRef');
