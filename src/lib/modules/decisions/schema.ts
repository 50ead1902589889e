import {
	Visibility,
	isCalendarDate,
	optionalInt,
	optionalText,
	requiredId,
	text,
	withRevision
} from '../../core/fields.ts';
import { ContentVisibility, Organisation, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

export const DecisionSubject = z.enum(['vision_adoption', 'roadmap_approval', 'other']);
export const Decision = z
	.object({
		id: z.number().int(),
		organisation: Organisation.pick({ id: true, kind: true, name: true, scbCode: true }),
		group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
		subject: DecisionSubject,
		title: z.string(),
		decidedOn: z.iso.date(),
		datePrecision: z
			.enum(['day', 'month'])
			.openapi({ description: "'month' när källan bara anger månaden; dagen är då 01" }),
		description: z.string(),
		source: SourceFile,
		visibility: ContentVisibility
	})
	.openapi('Decision');
export const Decisions = z.object({ decisions: z.array(Decision) }).openapi('Decisions');
export type Decision = z.infer<typeof Decision>;
export const EditableDecision = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		organisationId: z.number().int(),
		groupId: z.number().int().nullable(),
		subject: DecisionSubject,
		title: z.string(),
		decidedOn: z.iso.date(),
		datePrecision: z.enum(['day', 'month']),
		description: z.string(),
		visibility: ContentVisibility
	})
	.openapi('EditableDecision');

export const DecisionInput = z
	.object({
		organisationId: requiredId('Välj organisationen som fattade beslutet.').openapi({
			description: 'organisationen i länet som fattade beslutet'
		}),
		groupId: optionalInt('Välj ett organ i listan, eller inget.', 1, 2147483647).openapi({
			description: 'organet där beslutet fattades, om något'
		}),
		subject: z.enum(['vision_adoption', 'roadmap_approval', 'other'], {
			error: 'Välj vad beslutet gäller.'
		}),
		title: text('en rubrik', 300),
		decidedOn: z
			.string({ error: 'Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2022-03-28.' })
			.trim()
			.superRefine((v, ctx) => {
				// one message: the first thing that is wrong
				const message = !/^\d{4}-\d{2}-\d{2}$/.test(v)
					? 'Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2022-03-28.'
					: !isCalendarDate(v)
						? 'Datumet finns inte i kalendern.'
						: v < '1900-01-01' || v > '2100-12-31'
							? 'Datumet ska ligga mellan år 1900 och 2100.'
							: null;
				if (message) ctx.addIssue({ code: 'custom', message });
			})
			.openapi({ description: 'ÅÅÅÅ-MM-DD; med datePrecision month sparas dagen som 01' }),
		datePrecision: z
			.enum(['day', 'month'], { error: 'Välj om dagen eller bara månaden är känd.' })
			.default('day'),
		description: optionalText('beskrivningen', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('DecisionInput');
export const DecisionUpdate = withRevision(DecisionInput, 'DecisionUpdate');
export type DecisionInput = z.infer<typeof DecisionInput>;
export type EditableDecision = z.infer<typeof EditableDecision>;
