import { FOCUS_SHIFTS } from '../domain/initiatives/vocabulary.ts';
import { z } from './zod.ts';

/**
 * The shapes of Nära's content as the API returns it. The same schemas
 * validate every response and generate the OpenAPI document.
 */

export const SourceFile = z.string().nullable().openapi({
	description:
		'Filnamnet på källdokumentet som uppgiften är hämtad från; null för innehåll som registrerats i Nära (historiken visar av vem)',
	example: '001_ae9703054a45fcdc.txt'
});

export const CountyCode = z
	.string()
	.regex(/^\d{2}$/)
	.openapi({ description: 'Länskod (SCB), två siffror', example: '17' });

export const County = z
	.object({
		code: CountyCode,
		name: z.string().openapi({ example: 'Värmlands län' }),
		shortName: z.string().openapi({ example: 'Värmland' }),
		slug: z.string().openapi({ example: 'varmland' }),
		regionName: z.string().openapi({ example: 'Region Värmland' }),
		koladaId: z.string().openapi({ example: '0017' }),
		hasVision: z.boolean().openapi({ description: 'om länets målbild finns i Nära' })
	})
	.openapi('County');

export const CountyList = z.object({ counties: z.array(County) }).openapi('CountyList');

export const VisionItemKind = z.enum([
	'citizen_statement',
	'focus_shift',
	'principle',
	'core_value',
	'direction_stage',
	'concept',
	'strategy_step'
]);

export const FocusShiftKey = z.enum(FOCUS_SHIFTS);

export const VisionItem = z
	.object({
		id: z.number().int().openapi({
			description:
				'delens id i den här versionen; skicka det med när en ny version publiceras, så behåller en oförändrad del sin källa'
		}),
		kind: VisionItemKind,
		position: z.number().int(),
		title: z.string(),
		body: z.string(),
		fromText: z.string().nullable(),
		toText: z.string().nullable(),
		focusShiftKey: FocusShiftKey.nullable(),
		source: SourceFile
	})
	.openapi('VisionItem');

export const ContentVisibility = z
	.enum(['public', 'internal'])
	.openapi({ description: 'public: alla får läsa; internal: bara inloggade med roll i länet' });

export const Vision = z
	.object({
		id: z.number().int().openapi({ description: 'versionens id (historiken finns per version)' }),
		countyCode: CountyCode,
		version: z.number().int().positive(),
		title: z.string(),
		subtitle: z.string(),
		intro: z.string(),
		source: SourceFile,
		publishedAt: z.iso.datetime(),
		visibility: ContentVisibility,
		items: z.array(VisionItem)
	})
	.openapi('Vision');

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

export const OrganisationKind = z.enum([
	'region',
	'municipality',
	'private',
	'civil_society',
	'authority'
]);

export const Organisation = z
	.object({
		id: z.number().int(),
		kind: OrganisationKind,
		name: z.string(),
		shortName: z.string(),
		scbCode: z.string().nullable(),
		koladaId: z.string().nullable()
	})
	.openapi('Organisation');

export const GroupLevel = z.enum(['county', 'subregional', 'local', 'political']);

export const Group = z
	.object({
		id: z.number().int(),
		name: z.string(),
		level: GroupLevel,
		composition: z.string(),
		mandate: z.string(),
		source: SourceFile,
		visibility: ContentVisibility
	})
	.openapi('Group');

export const Organisations = z
	.object({ organisations: z.array(Organisation), groups: z.array(Group) })
	.openapi('Organisations');

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

export const ApiError = z
	.object({
		error: z.object({
			code: z.enum([
				'invalid',
				'not_found',
				'forbidden',
				'conflict',
				'too_many',
				'unauthorized',
				'internal',
				'unavailable'
			]),
			message: z.string(),
			fields: z.record(z.string(), z.array(z.string())).optional(),
			current: z
				.unknown()
				.optional()
				.openapi({ description: 'vid 409: uppgiften som den är sparad nu, och av vem' })
		})
	})
	.openapi('Error');

export const Health = z
	.object({ status: z.literal('ok'), database: z.literal('ok') })
	.openapi('Health');

export type County = z.infer<typeof County>;
export type Vision = z.infer<typeof Vision>;
export type VisionItem = z.infer<typeof VisionItem>;
export type Roadmap = z.infer<typeof Roadmap>;
export type RoadmapItem = z.infer<typeof RoadmapItem>;
export type Organisation = z.infer<typeof Organisation>;
export type Group = z.infer<typeof Group>;
export type Decision = z.infer<typeof Decision>;
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

export const Archived = z.object({ id: z.number().int() }).openapi('Archived');

export const VisionVersion = z
	.object({
		id: z.number().int(),
		version: z.number().int().positive(),
		title: z.string(),
		publishedAt: z.iso.datetime(),
		publishedBy: z.string().nullable().openapi({
			description: 'namnet på den som publicerade versionen (ur historiken); null om okänt'
		}),
		visibility: ContentVisibility,
		source: SourceFile
	})
	.openapi('VisionVersion');

export const VisionVersions = z
	.object({ versions: z.array(VisionVersion) })
	.openapi('VisionVersions');

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

export const EditableGroup = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		name: z.string(),
		level: GroupLevel,
		composition: z.string(),
		mandate: z.string(),
		visibility: ContentVisibility
	})
	.openapi('EditableGroup');

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

export type VisionVersion = z.infer<typeof VisionVersion>;
