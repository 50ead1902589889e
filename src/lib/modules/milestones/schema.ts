import {
	optionalInt,
	optionalText,
	rowId,
	text,
	Visibility,
	withRevision
} from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { ContentVisibility, CountyCode, SourceFile } from '../counties/index.ts';
import { MILESTONE_STATUSES } from './domain/status.ts';

/** The county's milestones: the input and the answers. */

/** Ids from a group of checkboxes (joined by commas) or a JSON array; duplicates count once. */
const idList = (message: string, description: string) =>
	z
		.preprocess(
			(v) =>
				v === undefined || v === null || v === ''
					? []
					: Array.isArray(v)
						? v
						: String(v).split(',').filter(Boolean),
			z
				.array(rowId(message), { error: message })
				.max(300, { error: 'Högst 300 i listan.' })
				.transform((ids) => [...new Set(ids)])
		)
		.openapi({ description });

export const MilestoneInput = z
	.object({
		title: text('en rubrik', 300),
		description: optionalText('beskrivningen', 5000),
		year: optionalInt('Året ska vara ett årtal 1900–2100, t.ex. 2026.', 1900, 2100).openapi({
			description: 'året; utelämnat när inget år är känt'
		}),
		periodLabel: optionalText('tiden', 100).openapi({
			description: 'tiden som den skrivs, t.ex. "Hösten 2026" eller "2025–2027"; tomt = året'
		}),
		ownerGroupId: optionalInt('Välj ett organ i listan, eller inget.', 1, 2147483647).openapi({
			description: 'organet som äger milstolpen; utelämnat = okänt'
		}),
		status: z.enum(MILESTONE_STATUSES, {
			error: 'Välj status: planerad, pågår, nådd, uppskjuten eller okänd.'
		}),
		initiativeIds: idList('Välj insatser bland länets insatser.', 'insatser som leder dit (id)'),
		processIds: idList('Välj processer bland länets processer.', 'processer som leder dit (id)'),
		roadmapItemIds: idList(
			'Välj delar av länets färdplan.',
			'delar av färdplanen som leder dit (id)'
		),
		visibility: Visibility.default('public')
	})
	.openapi('MilestoneInput');
export type MilestoneInput = z.infer<typeof MilestoneInput>;
export const MilestoneUpdate = withRevision(MilestoneInput, 'MilestoneUpdate');

const Linked = z.object({ id: z.number().int(), title: z.string() });

export const Milestone = z
	.object({
		id: z.number().int(),
		countyCode: CountyCode,
		title: z.string(),
		description: z.string(),
		year: z.number().int().nullable(),
		periodLabel: z.string(),
		period: z.string().openapi({ description: 'tiden som den visas', example: 'Januari 2023' }),
		ownerGroupId: z.number().int().nullable(),
		ownerGroup: z.string().nullable().openapi({ description: 'organets namn; null = okänt' }),
		status: z.enum(MILESTONE_STATUSES),
		source: SourceFile,
		sourcePassage: z
			.string()
			.openapi({ description: 'var i källan: ett kort citat eller en hänvisning' }),
		position: z.number().int(),
		initiatives: z.array(Linked),
		processes: z.array(Linked),
		roadmapItems: z.array(Linked.extend({ kind: z.string(), key: z.string() })),
		visibility: ContentVisibility,
		revision: z
			.number()
			.int()
			.positive()
			.openapi({ description: 'den revision som en ändring (PUT) ska bygga på' })
	})
	.openapi('Milestone');
export type Milestone = z.infer<typeof Milestone>;

export const MilestoneList = z.object({ milestones: z.array(Milestone) }).openapi('MilestoneList');
export type MilestoneList = z.infer<typeof MilestoneList>;
