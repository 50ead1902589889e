import { Visibility, optionalInt, optionalText, text, Revision } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { day } from '../actions/index.ts';
import { ContentVisibility, SourceFile } from '../counties/index.ts';
import { BARRIER_KINDS, BARRIER_STATUSES } from './domain/vocabulary.ts';

const optionalRef = (message: string) => optionalInt(message, 1, 2147483647);

export const BarrierKind = z.enum(BARRIER_KINDS, { error: 'Välj vilket slags hinder det är.' });
export const BarrierStatus = z.enum(BARRIER_STATUSES, { error: 'Välj nästa steg i listan.' });

export const BarrierInput = z
	.object({
		title: text('en kort rubrik', 200),
		description: text('vad som står i vägen', 5000),
		metWhere: optionalText('var det mötte er', 500),
		kind: BarrierKind,
		processId: optionalRef('Välj en process i listan, eller ingen.'),
		initiativeId: optionalRef('Välj en insats i listan, eller ingen.'),
		visibility: Visibility.default('public')
	})
	.openapi('BarrierInput');
export type BarrierInput = z.infer<typeof BarrierInput>;

export const BarrierStep = z
	.object({
		status: BarrierStatus,
		on: day('datumet'),
		note: optionalText('kommentaren', 5000),
		decisionId: optionalRef('Välj ett beslut i listan.'),
		revision: Revision
	})
	.superRefine((v, ctx) => {
		if (v.status === 'resolved' && v.decisionId === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['decisionId'],
				message: 'Välj beslutet som löste hindret.'
			});
	})
	.openapi('BarrierStep');

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const Barrier = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		title: z.string(),
		description: z.string(),
		metWhere: z.string(),
		kind: BarrierKind,
		status: BarrierStatus,
		raisedOn: z.iso.date().nullable().openapi({ description: 'null = okänt' }),
		process: Ref.nullable(),
		initiative: Ref.nullable(),
		decision: Ref.nullable().openapi({ description: 'beslutet som löste hindret' }),
		/** only for people with a role in the county */
		raisedBy: z
			.string()
			.nullable()
			.optional()
			.openapi({ description: 'vem som lyfte hindret; visas bara internt' }),
		steps: z.array(
			z.object({
				status: BarrierStatus,
				on: z.iso.date(),
				note: z.string(),
				decision: Ref.nullable()
			})
		),
		source: SourceFile,
		sourcePassage: z
			.string()
			.openapi({ description: 'var i källan: ett kort citat; tomt när det förts in i Nära' }),
		visibility: ContentVisibility
	})
	.openapi('Barrier');
export type Barrier = z.infer<typeof Barrier>;

export const Barriers = z
	.object({
		barriers: z.array(Barrier),
		counts: z
			.array(z.object({ kind: BarrierKind, status: BarrierStatus, count: z.number().int() }))
			.openapi({ description: 'antal hinder per slag och status' })
	})
	.openapi('Barriers');

/** A barrier as a write answers it: with the revision the next step is based on. */
export const SavedBarrier = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		title: z.string(),
		kind: BarrierKind,
		status: BarrierStatus,
		raisedOn: z.iso.date().nullable().openapi({ description: 'null = okänt' }),
		decisionId: z.number().int().nullable(),
		visibility: ContentVisibility
	})
	.openapi('SavedBarrier');
