import { checkbox, emptyIsNone, optionalText, rowId, text } from '../../core/fields.ts';
import { FOCUS_SHIFTS } from '../../core/vocabulary.ts';
import { z } from '../../core/zod.ts';
import { AGE_BANDS, AUTHOR_KINDS, CARE_KINDS, STORY_STATUSES } from './domain/vocabulary.ts';

/**
 * The inputs and answers of stories: one schema each for the form, the API
 * and the OpenAPI document. Messages are Swedish and say what is wrong.
 */

/** Ids or keys from checkboxes (comma-joined) or an array; each once. */
const several = <T extends z.ZodType>(item: T, max: number) =>
	z
		.preprocess(
			(v) =>
				Array.isArray(v)
					? v
					: String(v ?? '')
							.split(',')
							.filter((s) => s.trim() !== ''),
			z.array(item).max(max, { error: `Välj högst ${max}.` })
		)
		.transform((values) => [...new Set(values as z.output<T>[])]);

export const StoryInput = z
	.object({
		title: text('en rubrik', 120).openapi({ description: 'en kort rubrik som sammanfattar' }),
		whatHappened: text('vad som hände', 5000),
		whatMattered: text('vad som var viktigt för dig', 3000),
		municipalityId: z.preprocess(
			emptyIsNone,
			rowId('Välj kommunen där det hände.')
		) as unknown as z.ZodNumber,
		careKind: z.enum(CARE_KINDS, { error: 'Välj vilken sorts vård eller omsorg det gällde.' }),
		ageBand: z
			.preprocess(
				emptyIsNone,
				z.enum(AGE_BANDS, { error: 'Välj en åldersgrupp i listan.' }).optional()
			)
			.openapi({ description: 'frivilligt' }),
		authorKind: z.enum(AUTHOR_KINDS, { error: 'Välj vem du är i berättelsen.' }),
		consentPublish: checkbox.openapi({ description: 'får publiceras på webbplatsen' }),
		consentQuote: checkbox.openapi({ description: 'får citeras i rapporter' }),
		consentOpenData: checkbox.openapi({ description: 'får ingå i öppna data' })
	})
	.refine((v) => v.consentPublish || v.consentQuote || v.consentOpenData, {
		error:
			'Kryssa i minst ett samtycke. Utan samtycke kan berättelsen inte användas, och då sparar vi den inte.',
		path: ['consentPublish'],
		// asked also when other fields are wrong, so the person sees every error at once
		when: () => true
	})
	.openapi('StoryInput');
export type StoryInput = z.infer<typeof StoryInput>;

export const StoryReceipt = z
	.object({
		id: z.number().int(),
		withdrawalCode: z
			.string()
			.openapi({ description: 'visas en gång; med den kan författaren ta bort berättelsen' })
	})
	.openapi('StoryReceipt');
export type StoryReceipt = z.infer<typeof StoryReceipt>;

export const WithdrawInput = z
	.object({
		code: z
			.string({ error: 'Skriv koden du fick när du skickade berättelsen.' })
			.transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
			.pipe(
				z
					.string()
					.min(1, { error: 'Skriv koden du fick när du skickade berättelsen.' })
					.max(40, { error: 'Koden är för lång. Den har 12 tecken.' })
			)
	})
	.openapi('WithdrawInput');

export const ReportInput = z
	.object({ reason: text('varför du anmäler berättelsen', 1000) })
	.openapi('StoryReportInput');

export const ModerationInput = z
	.discriminatedUnion(
		'decision',
		[
			z.object({
				decision: z.literal('publish'),
				revision: rowId('Formuläret saknar versionsnummer.')
			}),
			z.object({
				decision: z.literal('publish_edited'),
				revision: rowId('Formuläret saknar versionsnummer.'),
				title: text('en rubrik', 120),
				editedHappened: text('vad som hände', 5000),
				editedMattered: text('vad som var viktigt', 3000)
			}),
			z.object({
				decision: z.literal('reject'),
				revision: rowId('Formuläret saknar versionsnummer.'),
				rejectionReason: text('skälet till att berättelsen avböjs', 1000)
			})
		],
		{ error: 'Välj publicera, publicera redigerad eller avböj.' }
	)
	.openapi('StoryModeration');
export type ModerationInput = z.infer<typeof ModerationInput>;

export const TagsInput = z
	.object({
		revision: rowId('Formuläret saknar versionsnummer.'),
		statements: several(rowId('Välj påståenden i listan.'), 20),
		shifts: several(z.enum(FOCUS_SHIFTS, { error: 'Välj förflyttningar i listan.' }), 4),
		initiatives: several(rowId('Välj insatser i listan.'), 50),
		processes: several(rowId('Välj processer i listan.'), 50)
	})
	.openapi('StoryTags');
export type TagsInput = z.infer<typeof TagsInput>;

export const AnswerInput = z
	.object({
		organisationId: z.preprocess(
			emptyIsNone,
			rowId('Välj organisationen som svarar.')
		) as unknown as z.ZodNumber,
		body: text('svaret', 3000)
	})
	.openapi('StoryAnswerInput');

/** Filters of the public list, from a query string; empty values mean all. */
export const StoryQuery = z
	.object({
		q: optionalText('sökningen', 200),
		municipality: z.preprocess(emptyIsNone, rowId('Välj en kommun i listan.').optional()),
		careKind: z.preprocess(
			emptyIsNone,
			z.enum(CARE_KINDS, { error: 'Välj en sorts vård i listan.' }).optional()
		),
		statement: z.preprocess(emptyIsNone, rowId('Välj ett påstående i listan.').optional()),
		shift: z.preprocess(
			emptyIsNone,
			z.enum(FOCUS_SHIFTS, { error: 'Välj en förflyttning i listan.' }).optional()
		)
	})
	.openapi('StoryQuery');
export type StoryQuery = z.infer<typeof StoryQuery>;

const Named = z.object({ id: z.number().int(), name: z.string() });

export const PublicStory = z
	.object({
		id: z.number().int(),
		title: z.string(),
		whatHappened: z.string(),
		whatMattered: z.string(),
		municipality: Named,
		careKind: z.enum(CARE_KINDS),
		ageBand: z.enum(AGE_BANDS).nullable(),
		authorKind: z.enum(AUTHOR_KINDS),
		publishedAt: z.string().nullable(),
		source: z
			.string()
			.nullable()
			.openapi({ description: 'källdokumentet för citat ur en tryckt källa' }),
		statements: z.array(Named),
		shifts: z.array(z.enum(FOCUS_SHIFTS)),
		initiatives: z.array(Named),
		processes: z.array(Named),
		answers: z.array(
			z.object({ organisation: z.string(), body: z.string(), answeredAt: z.string() })
		)
	})
	.openapi('Story');
export type PublicStory = z.infer<typeof PublicStory>;

export const StoryList = z
	.object({ stories: z.array(PublicStory), total: z.number().int() })
	.openapi('StoryList');

export const QueuedStory = PublicStory.extend({
	status: z.enum(STORY_STATUSES),
	revision: z.number().int(),
	original: z
		.object({ whatHappened: z.string(), whatMattered: z.string() })
		.nullable()
		.openapi({ description: 'originaltexten (intern); null när den är raderad' }),
	edited: z.boolean(),
	consent: z.object({
		publish: z.boolean(),
		quote: z.boolean(),
		openData: z.boolean(),
		textVersion: z.string(),
		at: z.string()
	}),
	rejectionReason: z.string().nullable(),
	openReports: z.number().int(),
	reports: z.array(z.object({ reason: z.string(), at: z.string() }))
}).openapi('QueuedStory');
export type QueuedStory = z.infer<typeof QueuedStory>;

export const ModerationQueue = z
	.object({ waiting: z.array(QueuedStory), published: z.array(QueuedStory) })
	.openapi('StoryModerationQueue');
export const Moderated = z
	.object({ id: z.number().int(), status: z.enum(['pending', 'published', 'rejected', 'hidden']) })
	.openapi('StoryModerated');
