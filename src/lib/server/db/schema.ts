import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	timestamp,
	unique,
	varchar
} from 'drizzle-orm/pg-core';

/**
 * The database schema: the source of truth for migrations (`npm run db:generate`).
 * Identifiers follow the glossary in DESIGN.md; columns are snake_case in SQL.
 */

const timestamps = {
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
};

/** A source document in `seed/sources/` (or another publication) that content is taken from. */
export const sourceDocuments = pgTable('source_documents', {
	fileName: text().primaryKey(),
	title: text().notNull(),
	publisher: text().notNull(),
	year: smallint(),
	description: text().notNull()
});

const sourceRef = () =>
	text()
		.notNull()
		.references(() => sourceDocuments.fileName);

/** A county (län): the tenant, one region plus its municipalities. */
export const counties = pgTable('counties', {
	code: varchar({ length: 2 }).primaryKey(),
	name: text().notNull(),
	shortName: text().notNull(),
	slug: text().notNull().unique(),
	regionName: text().notNull(),
	koladaId: varchar({ length: 4 }).notNull().unique()
});

export const organisationKind = pgEnum('organisation_kind', [
	'region',
	'municipality',
	'private',
	'civil_society',
	'authority'
]);

export const organisations = pgTable(
	'organisations',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		kind: organisationKind().notNull(),
		name: text().notNull(),
		shortName: text().notNull(),
		/** 4 digits for a municipality, 2 for a region */
		scbCode: varchar({ length: 4 }).unique(),
		koladaId: varchar({ length: 4 }).unique(),
		...timestamps
	},
	(t) => [index().on(t.countyCode), unique().on(t.countyCode, t.name)]
);

export const boundaryKind = pgEnum('boundary_kind', ['municipality', 'county']);

/** Simplified WGS84 polygons of a municipality or county, for maps. */
export const boundaries = pgTable(
	'boundaries',
	{
		areaCode: varchar({ length: 4 }).primaryKey(),
		kind: boundaryKind().notNull(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		name: text().notNull(),
		geometry: jsonb().notNull(),
		source: text().notNull()
	},
	(t) => [index().on(t.countyCode, t.kind)]
);

/** A county's vision (målbild). Versioned: a new version is a new row. */
export const visions = pgTable(
	'visions',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		version: integer().notNull(),
		title: text().notNull(),
		subtitle: text().notNull(),
		intro: text().notNull(),
		source: sourceRef(),
		publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.version), check('version_positive', sql`${t.version} > 0`)]
);

export const visionItemKind = pgEnum('vision_item_kind', [
	'citizen_statement',
	'focus_shift',
	'principle',
	'core_value',
	'direction_stage',
	'concept',
	'strategy_step'
]);

export const focusShiftKey = pgEnum('focus_shift_key', [
	'person',
	'co_creator',
	'proactive',
	'coordination'
]);

export const visionItems = pgTable(
	'vision_items',
	{
		id: serial().primaryKey(),
		visionId: integer()
			.notNull()
			.references(() => visions.id, { onDelete: 'cascade' }),
		kind: visionItemKind().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		body: text().notNull().default(''),
		fromText: text(),
		toText: text(),
		focusShiftKey: focusShiftKey(),
		source: sourceRef()
	},
	(t) => [unique().on(t.visionId, t.kind, t.position)]
);

/** A county's roadmap (färdplan). */
export const roadmaps = pgTable('roadmaps', {
	id: serial().primaryKey(),
	countyCode: varchar({ length: 2 })
		.notNull()
		.unique()
		.references(() => counties.code),
	title: text().notNull(),
	intro: text().notNull(),
	source: sourceRef(),
	...timestamps
});

export const roadmapItemKind = pgEnum('roadmap_item_kind', [
	'development_area',
	'prerequisite',
	'goal_area',
	'milestone'
]);

export const roadmapItems = pgTable(
	'roadmap_items',
	{
		id: serial().primaryKey(),
		roadmapId: integer()
			.notNull()
			.references(() => roadmaps.id, { onDelete: 'cascade' }),
		kind: roadmapItemKind().notNull(),
		key: text().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		source: sourceRef(),
		...timestamps
	},
	(t) => [unique().on(t.roadmapId, t.kind, t.key)]
);

export const groupLevel = pgEnum('group_level', ['county', 'subregional', 'local', 'political']);

/** A body (samverkansorgan) with members from several organisations. */
export const groups = pgTable(
	'groups',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		name: text().notNull(),
		level: groupLevel().notNull(),
		composition: text().notNull(),
		mandate: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.name)]
);

export const decisionSubject = pgEnum('decision_subject', [
	'vision_adoption',
	'roadmap_approval',
	'other'
]);

export const datePrecision = pgEnum('date_precision', ['day', 'month']);

/** A decision taken by an organisation or a body, e.g. adopting the vision. */
export const decisions = pgTable(
	'decisions',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id),
		groupId: integer().references(() => groups.id),
		subject: decisionSubject().notNull(),
		title: text().notNull(),
		decidedOn: date({ mode: 'string' }).notNull(),
		/** 'month' when only the month is known (the day is then 01 and not shown) */
		datePrecision: datePrecision().notNull().default('day'),
		description: text().notNull(),
		source: sourceRef(),
		...timestamps
	},
	(t) => [
		unique().on(t.countyCode, t.organisationId, t.subject, t.decidedOn),
		index().on(t.countyCode, t.decidedOn)
	]
);

export const timelineLevel = pgEnum('timeline_level', ['national', 'county']);

/** A milestone on the national or a county's timeline. */
export const timelineEvents = pgTable(
	'timeline_events',
	{
		id: serial().primaryKey(),
		/** null for national events */
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		level: timelineLevel().notNull(),
		year: smallint().notNull(),
		/** false when the source gives no year: `year` then only orders the event */
		yearStated: boolean().notNull().default(true),
		month: smallint(),
		day: smallint(),
		periodLabel: text().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		...timestamps
	},
	(t) => [
		unique('timeline_events_natural_key').on(t.countyCode, t.year, t.title).nullsNotDistinct(),
		index().on(t.countyCode, t.year),
		check(
			'timeline_level_matches_county',
			sql`(${t.level} = 'national') = (${t.countyCode} is null)`
		),
		check('timeline_month_range', sql`${t.month} is null or ${t.month} between 1 and 12`),
		check('timeline_day_range', sql`${t.day} is null or ${t.day} between 1 and 31`)
	]
);
