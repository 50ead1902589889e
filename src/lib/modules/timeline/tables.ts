import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	unique,
	varchar
} from 'drizzle-orm/pg-core';
import { editable, seedKey, timestamps } from '../../platform/db/columns.ts';
import { counties, sourceRef } from '../counties/tables.ts';

/**
 * The timeline's table: national and county milestones.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const timelineLevel = pgEnum('timeline_level', ['national', 'county']);

/** A milestone on the national or a county's timeline. */
export const timelineEvents = pgTable(
	'timeline_events',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
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
		...editable,
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
