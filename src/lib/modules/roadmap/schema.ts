import { Revision, Visibility, optionalText, text } from '../../core/fields.ts';
import { ContentVisibility, CountyCode, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

export const RoadmapItemKind = z.enum([
	'development_area',
	'prerequisite',
	'goal_area',
	'milestone'
]);
export const RoadmapItem = z
	.object({
		id: z.number().int(),
		kind: RoadmapItemKind,
		key: z.string(),
		position: z.number().int(),
		title: z.string(),
		body: z.string(),
		source: SourceFile,
		visibility: ContentVisibility,
		revision: z
			.number()
			.int()
			.positive()
			.openapi({ description: 'den revision som en ändring (PUT) ska bygga på' })
	})
	.openapi('RoadmapItem');
export const Roadmap = z
	.object({
		id: z.number().int(),
		countyCode: CountyCode,
		title: z.string(),
		intro: z.string(),
		source: SourceFile,
		revision: z
			.number()
			.int()
			.positive()
			.openapi({ description: 'den revision som en ändring (PUT) ska bygga på' }),
		items: z.array(RoadmapItem)
	})
	.openapi('Roadmap');
export type Roadmap = z.infer<typeof Roadmap>;
export type RoadmapItem = z.infer<typeof RoadmapItem>;
export const EditableRoadmap = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		title: z.string(),
		intro: z.string()
	})
	.openapi('EditableRoadmap');
export const EditableRoadmapItem = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		kind: RoadmapItemKind,
		key: z.string().openapi({ description: 'fast del av adressen, t.ex. #goal_area-halsa' }),
		position: z.number().int(),
		title: z.string(),
		body: z.string(),
		visibility: ContentVisibility
	})
	.openapi('EditableRoadmapItem');

// ——— Roadmap

export const RoadmapUpdate = z
	.object({
		title: text('en rubrik', 300),
		intro: optionalText('ingressen', 10000),
		revision: Revision
	})
	.openapi('RoadmapUpdate');
export const RoadmapItemInput = z
	.object({
		kind: z.enum(['goal_area', 'milestone'], {
			error: 'Välj om punkten är ett målområde eller en milstolpe.'
		}),
		title: text('en rubrik', 300),
		body: optionalText('texten', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('RoadmapItemInput');
export const RoadmapItemUpdate = z
	.object({
		title: text('en rubrik', 300),
		body: optionalText('texten', 10000),
		visibility: Visibility.default('public'),
		revision: Revision
	})
	.openapi('RoadmapItemUpdate');
export type EditableRoadmap = z.infer<typeof EditableRoadmap>;
export type EditableRoadmapItem = z.infer<typeof EditableRoadmapItem>;
