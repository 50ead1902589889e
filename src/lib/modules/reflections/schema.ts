import { Visibility, optionalInt, text, withRevision } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { day } from '../actions/index.ts';
import { ContentVisibility } from '../counties/index.ts';
import { EVIDENCE_KINDS } from './domain/evidence.ts';

/**
 * A reflection's input and answers: one schema for the form, the API and the
 * OpenAPI document. Evidence lists come from the API as arrays and from the
 * form as the checked boxes joined by commas; indicators as their ids in
 * Nära or their Kolada ids (N20402), separated by commas or spaces.
 */

const ref = (message: string) => optionalInt(message, 1, 2147483647);

/** Separate values of a form field or an API array; empty means none, duplicates count once. */
const separate = (v: unknown): unknown =>
	Array.isArray(v)
		? v.map(String)
		: typeof v === 'string' || typeof v === 'number'
			? String(v)
					.split(/[\s,;]+/)
					.filter(Boolean)
			: v === undefined || v === null
				? []
				: v;

const ids = (message: string) =>
	z.preprocess(
		separate,
		z
			.array(z.string().regex(/^[1-9]\d{0,9}$/, { error: message }), { error: message })
			.max(50, { error: 'Välj högst 50.' })
			.transform((v) => [...new Set(v.map(Number))])
	);

export const ReflectionInput = z
	.object({
		groupId: ref('Välj ett organ i listan, eller inget.').openapi({
			description: 'organet som skrev reflektionen (eller processId)'
		}),
		processId: ref('Välj en process i listan, eller ingen.').openapi({
			description: 'processen som skrev reflektionen (eller groupId)'
		}),
		title: text('en kort rubrik', 200),
		whatWeSee: text('vad ni ser', 10000),
		whatItMeans: text('vad det betyder', 10000),
		whatWeDoNow: text('vad ni gör nu', 10000),
		writtenOn: day('datumet'),
		indicators: z
			.preprocess(
				separate,
				z
					.array(
						z.string().regex(/^(\d{1,10}|[A-Za-z]\d{1,11})$/, {
							error: 'Skriv nyckeltalen som Kolada-id (t.ex. N20402), åtskilda med komma.'
						}),
						{ error: 'Skriv nyckeltalen som Kolada-id (t.ex. N20402), åtskilda med komma.' }
					)
					.max(20, { error: 'Hänvisa till högst 20 nyckeltal.' })
					.transform((v) => [...new Set(v.map((s) => s.toUpperCase()))])
			)
			.openapi({
				description: 'nyckeltal: id i Nära eller Kolada-id; värdena sparas som de står i dag'
			}),
		initiatives: ids('Välj insatser i listan.'),
		stories: ids('Välj publicerade berättelser i listan.'),
		barriers: ids('Välj hinder i listan.'),
		visibility: Visibility.default('public')
	})
	.superRefine((v, ctx) => {
		if ((v.groupId === undefined) === (v.processId === undefined))
			ctx.addIssue({
				code: 'custom',
				path: ['groupId'],
				message: 'Välj vem som skrev reflektionen: ett organ eller en process, inte båda.'
			});
	})
	.openapi('ReflectionInput');
export type ReflectionInput = z.infer<typeof ReflectionInput>;
export const ReflectionUpdate = withRevision(ReflectionInput, 'ReflectionUpdate');

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const IndicatorSnapshot = z
	.object({
		takenOn: z.iso.date().openapi({ description: 'dagen då värdena sparades' }),
		indicator: z.object({
			id: z.number().int(),
			koladaId: z.string().nullable(),
			title: z.string(),
			unit: z.string(),
			credit: z.string()
		}),
		periods: z.array(z.number().int()),
		areas: z.array(
			z.object({
				areaId: z.string(),
				name: z.string(),
				values: z.array(z.number().nullable())
			})
		)
	})
	.openapi('IndicatorSnapshot');

export const Evidence = z
	.object({
		kind: z.enum(EVIDENCE_KINDS),
		id: z.number().int(),
		name: z.string().nullable().openapi({
			description: 'namnet i dag; null när det inte längre finns eller inte får visas'
		}),
		snapshot: IndicatorSnapshot.nullable()
	})
	.openapi('ReflectionEvidence');

export const Reflection = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		title: z.string(),
		group: Ref.nullable(),
		process: Ref.nullable(),
		whatWeSee: z.string(),
		whatItMeans: z.string(),
		whatWeDoNow: z.string(),
		writtenOn: z.iso.date(),
		evidence: z.array(Evidence),
		visibility: ContentVisibility
	})
	.openapi('Reflection');
export type Reflection = z.infer<typeof Reflection>;
export type Evidence = z.infer<typeof Evidence>;

export const Reflections = z.object({ reflections: z.array(Reflection) }).openapi('Reflections');

/** A reflection as a write answers it and its edit form is filled: with the revision to base a change on. */
export const EditableReflection = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		groupId: z.number().int().nullable(),
		processId: z.number().int().nullable(),
		title: z.string(),
		whatWeSee: z.string(),
		whatItMeans: z.string(),
		whatWeDoNow: z.string(),
		writtenOn: z.iso.date(),
		indicators: z.array(z.string()).openapi({ description: 'Kolada-id (eller id i Nära)' }),
		initiatives: z.array(z.string()),
		stories: z.array(z.string()),
		barriers: z.array(z.string()),
		visibility: ContentVisibility
	})
	.openapi('EditableReflection');

/** The form's checkbox groups (joined by commas, as the lists above read them). */
export const REFLECTION_LISTS = ['initiatives', 'stories', 'barriers'] as const;
