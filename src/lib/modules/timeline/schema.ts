import { Visibility, optionalInt, optionalText, text, withRevision } from '../../core/fields.ts';
import { CountyCode, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

export const TimelineLevel = z.enum(['national', 'county']);
export const TimelineEvent = z
	.object({
		id: z.number().int(),
		level: TimelineLevel,
		countyCode: CountyCode.nullable(),
		year: z.number().int(),
		yearStated: z.boolean().openapi({
			description: 'false när källan inte anger något år; year anger då bara ordningen'
		}),
		month: z.number().int().min(1).max(12).nullable(),
		day: z.number().int().min(1).max(31).nullable(),
		periodLabel: z
			.string()
			.openapi({ description: 'perioden som källan skriver den', example: 'Våren 2024' }),
		title: z.string(),
		body: z.string(),
		source: SourceFile,
		visibility: z.enum(['public', 'internal']),
		revision: z.number().int().positive()
	})
	.openapi('TimelineEvent');
export const Timeline = z
	.object({
		events: z.array(TimelineEvent),
		years: z
			.array(z.number().int())
			.openapi({ description: 'alla år som har händelser, oavsett filter' })
	})
	.openapi('Timeline');
const yearParam = z.coerce
	.number({ error: 'Året ska vara ett årtal, t.ex. 2022.' })
	.int({ error: 'Året ska vara ett heltal, t.ex. 2022.' })
	.min(1900, { error: 'Året ska vara 1900 eller senare.' })
	.max(2100, { error: 'Året ska vara 2100 eller tidigare.' });
/** Filters of the timeline, from a query string; empty values mean "all". */
export const TimelineQuery = z
	.object({
		level: z
			.enum(['national', 'county'], { error: 'Nivån ska vara national eller county.' })
			.optional()
			.openapi({ description: 'bara nationella händelser eller bara länets' }),
		year: yearParam.optional().openapi({ description: 'bara händelser detta år' })
	})
	.openapi('TimelineQuery');
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Timeline = z.infer<typeof Timeline>;
export type TimelineQuery = z.infer<typeof TimelineQuery>;
export const EditableTimelineEvent = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		title: z.string(),
		body: z.string(),
		year: z.number().int(),
		month: z.number().int().nullable(),
		day: z.number().int().nullable(),
		periodLabel: z.string(),
		visibility: z.enum(['public', 'internal'])
	})
	.openapi('EditableTimelineEvent');

export const TimelineEventInput = z
	.object({
		title: text('en rubrik', 300),
		body: optionalText('texten', 5000),
		year: z.coerce
			.number({ error: 'Året ska vara ett årtal, t.ex. 2024.' })
			.int({ error: 'Året ska vara ett årtal, t.ex. 2024.' })
			.min(1900, { error: 'Året ska vara 1900 eller senare.' })
			.max(2100, { error: 'Året ska vara 2100 eller tidigare.' }),
		month: optionalInt('Månaden ska vara ett tal 1–12.', 1, 12),
		day: optionalInt('Dagen ska vara ett tal 1–31.', 1, 31),
		periodLabel: optionalText('perioden', 100).openapi({
			description: 'hur perioden skrivs, t.ex. "Våren 2024"; tomt = året'
		}),
		visibility: Visibility.default('public')
	})
	.refine((v) => v.day === undefined || v.month !== undefined, {
		error: 'Ange månaden när du anger en dag.',
		path: ['month']
	})
	.refine(
		(v) =>
			v.day === undefined ||
			v.month === undefined ||
			new Date(Date.UTC(v.year, v.month - 1, v.day)).getUTCDate() === v.day,
		{ error: 'Datumet finns inte i kalendern.', path: ['day'] }
	)
	.openapi('TimelineEventInput');
export const TimelineEventUpdate = withRevision(TimelineEventInput, 'TimelineEventUpdate');
export type TimelineEventInput = z.infer<typeof TimelineEventInput>;
export type EditableTimelineEvent = z.infer<typeof EditableTimelineEvent>;
