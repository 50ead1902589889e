import { Revision, Visibility, optionalText, requiredId, text } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { day } from '../actions/index.ts';
import { ContentVisibility, SourceFile } from '../counties/index.ts';
import { AGENDA_LINKS, AGENDA_OUTCOMES } from './domain/vocabulary.ts';

const ids = z.preprocess(
	(v) => (typeof v === 'string' ? v.split(',').filter((s) => s.trim() !== '') : v),
	z.array(z.coerce.number({ error: 'Välj organisationer i listan.' }).int().positive(), {
		error: 'Välj organisationer i listan.'
	})
);

export const MeetingInput = z
	.object({
		groupId: requiredId('Välj organet som möttes.').openapi({
			description: 'organet (samverkansorgan)'
		}),
		title: text('en rubrik', 300),
		heldOn: day('mötesdatumet'),
		endsOn: z.preprocess((v) => (v === '' ? undefined : v), day('slutdatumet').optional()),
		place: optionalText('platsen', 300),
		notes: optionalText('anteckningarna', 20000),
		participants: ids.default([]).openapi({ description: 'de deltagande organisationernas id' }),
		visibility: Visibility.default('internal')
	})
	.superRefine((v, ctx) => {
		if (v.endsOn !== undefined && v.endsOn < v.heldOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: 'Slutdatumet ligger före mötesdatumet.'
			});
	})
	.openapi('MeetingInput');
export type MeetingInput = z.infer<typeof MeetingInput>;
export const MeetingUpdate = z
	.intersection(MeetingInput, z.object({ revision: Revision }))
	.openapi('MeetingUpdate');

/** "process:12" → what the item is about; "" → nothing. */
const About = z
	.string()
	.trim()
	.default('')
	.refine((v) => v === '' || /^(indicator|initiative|process|barrier):[1-9]\d{0,8}$/.test(v), {
		error: 'Välj vad punkten gäller i listan.'
	})
	.openapi({
		description:
			'vad punkten gäller: "process:12", "initiative:5", "indicator:3", "barrier:7" eller tomt'
	});

export const AgendaItemInput = z
	.object({
		title: text('punktens rubrik', 300),
		notes: optionalText('anteckningen', 10000),
		about: About,
		outcome: z.enum(AGENDA_OUTCOMES, {
			error: 'Välj punktens utfall: information, beslut eller åtgärd.'
		}),
		decisionOrganisationId: z.string().optional(),
		ownerOrganisationId: z.string().optional(),
		ownerUserId: z.string().optional(),
		dueOn: z.string().optional(),
		revision: Revision
	})
	.openapi('AgendaItemInput');

/** The decision's organisation, when the outcome is a decision. */
export const DecisionPart = z.object({
	decisionOrganisationId: requiredId('Välj organisationen som beslutet fattas för.')
});

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const AgendaItem = z.object({
	id: z.number().int(),
	position: z.number().int(),
	title: z.string(),
	notes: z.string(),
	about: z
		.object({ link: z.enum(AGENDA_LINKS), id: z.number().int(), name: z.string().nullable() })
		.nullable(),
	outcome: z.enum(AGENDA_OUTCOMES),
	decision: Ref.nullable(),
	action: Ref.extend({ dueOn: z.iso.date(), owner: z.string() }).nullable()
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Meeting = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		group: Ref,
		title: z.string(),
		heldOn: z.iso.date(),
		endsOn: z.iso.date().nullable(),
		place: z.string(),
		notes: z.string(),
		participants: z.array(Ref),
		items: z.array(AgendaItem),
		source: SourceFile,
		sourcePassage: z
			.string()
			.openapi({ description: 'var i källan: ett kort citat; tomt när det förts in i Nära' }),
		visibility: ContentVisibility
	})
	.openapi('Meeting');
export type Meeting = z.infer<typeof Meeting>;
export const Meetings = z.object({ meetings: z.array(Meeting) }).openapi('Meetings');

/** A meeting as a write answers it: with the revision the next change is based on. */
export const SavedMeeting = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		groupId: z.number().int(),
		title: z.string(),
		heldOn: z.iso.date(),
		endsOn: z.iso.date().nullable(),
		place: z.string(),
		notes: z.string(),
		participants: z.string().openapi({ description: 'organisationernas id, kommaseparerade' }),
		visibility: ContentVisibility
	})
	.openapi('SavedMeeting');
