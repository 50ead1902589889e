import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	timestamp,
	unique,
	varchar
} from 'drizzle-orm/pg-core';
import { editable, timestamps } from '../../platform/db/columns.ts';
import { counties } from '../counties/tables.ts';
import { focusShiftKey } from '../vision/tables.ts';

/**
 * The follow-up's tables: indicators, what they follow, the follow-up sets,
 * measurements and targets.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const indicatorDirection = pgEnum('indicator_direction', [
	'higher_is_better',
	'lower_is_better',
	'neither'
]);
export const indicatorSource = pgEnum('indicator_source', ['kolada', 'scb', 'own']);
/** How a county total is made from its municipalities: summed, or weighted by population (rates). */
export const indicatorAggregation = pgEnum('indicator_aggregation', [
	'sum',
	'population_weighted',
	'none'
]);

/** A key indicator (nyckeltal): a Kolada KPI, or a county's own indicator. */
export const indicators = pgTable(
	'indicators',
	{
		id: serial().primaryKey(),
		/** the Kolada KPI id, e.g. N20402; null for a county's own indicator */
		koladaId: varchar({ length: 12 }).unique(),
		/** the county that owns an own indicator; null for Kolada's */
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		title: text().notNull(),
		description: text().notNull().default(''),
		unit: text().notNull().default(''),
		direction: indicatorDirection().notNull().default('neither'),
		source: indicatorSource().notNull(),
		frequency: text().notNull().default('år'),
		hasGenderSplit: boolean().notNull().default(false),
		aggregation: indicatorAggregation().notNull().default('none'),
		operatingArea: text().notNull().default(''),
		publicationPeriod: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [
		index('indicators_search').using(
			'gin',
			sql`to_tsvector('swedish', ${t.title} || ' ' || ${t.description})`
		)
	]
);

export const indicatorLinkKind = pgEnum('indicator_link_kind', [
	'focus_shift',
	'development_area',
	'goal_area',
	'process'
]);

/** What an indicator follows: a focus shift, a development area, a goal area or a process (by key). */
export const indicatorLinks = pgTable(
	'indicator_links',
	{
		id: serial().primaryKey(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		kind: indicatorLinkKind().notNull(),
		key: text().notNull()
	},
	(t) => [unique().on(t.indicatorId, t.kind, t.key), index().on(t.kind, t.key)]
);

/**
 * A follow-up set, e.g. SKR's national indicators for the transition grouped
 * by the four focus shifts. An item without an indicator has no data source yet.
 */
export const followUpItems = pgTable(
	'follow_up_items',
	{
		id: serial().primaryKey(),
		setKey: text().notNull(),
		focusShiftKey: focusShiftKey().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		indicatorId: integer().references(() => indicators.id),
		note: text().notNull().default(''),
		source: text().notNull()
	},
	(t) => [unique().on(t.setKey, t.title)]
);

/**
 * A value for indicator × area × period × gender. Areas are Kolada ids
 * (0000 Riket, 00XX regions, municipality codes). A missing value is null,
 * never zero. `source` is what the figure is credited to ("Kolada", …).
 */
export const measurements = pgTable(
	'measurements',
	{
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		areaId: varchar({ length: 4 }).notNull(),
		period: smallint().notNull(),
		gender: varchar({ length: 1 }).notNull(),
		value: doublePrecision(),
		count: integer(),
		status: text(),
		/** what a computed value rests on, in words (the Dialogguide: "42 svar i 5 omgångar") */
		basis: text(),
		source: text().notNull(),
		importedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.indicatorId, t.areaId, t.period, t.gender] }),
		check('measurement_gender', sql`${t.gender} in ('T', 'K', 'M')`)
	]
);

/** A target for indicator × area × period, entered by a coordinator. */
export const targets = pgTable(
	'targets',
	{
		id: serial().primaryKey(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		areaId: varchar({ length: 4 }).notNull(),
		period: smallint().notNull(),
		gender: varchar({ length: 1 }).notNull().default('T'),
		value: doublePrecision().notNull(),
		note: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.indicatorId, t.areaId, t.period, t.gender)]
);

/**
 * A population projection: the expected number of people of an age group in
 * an area (Kolada id) in a year, from one projection. `baseYear` is the year
 * whose population (31 December) the projection starts from; `ageGroup` as
 * the source gives it ("20-64", "80+", or "20-66" in Kolada's ten-year
 * projection). Refreshing a source replaces its rows for the areas it covers.
 */
export const populationProjections = pgTable(
	'population_projections',
	{
		areaId: varchar({ length: 4 }).notNull(),
		source: text().notNull(),
		baseYear: smallint().notNull(),
		ageGroup: text().notNull(),
		year: smallint().notNull(),
		value: doublePrecision().notNull(),
		/** where in the source: an SCB table or the Kolada KPI */
		origin: text().notNull(),
		importedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.areaId, t.source, t.baseYear, t.ageGroup, t.year] })]
);
