import { sql } from 'drizzle-orm';
import {
	check,
	integer,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { FOCUS_SHIFTS } from '../../core/vocabulary.ts';
import { parentRef, timestamps, visibility } from '../../platform/db/columns.ts';
import { countyRef, sourceRef } from '../counties/tables.ts';

/**
 * The vision's tables: a county's versioned vision (målbild) and its items.
 * `focusShiftKey` is here because the vision names the four focus shifts;
 * the follow-up and the inventory of initiatives use it too.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/** A county's vision (målbild). Versioned: a new version is a new row. */
export const visions = pgTable(
	'visions',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		version: integer().notNull(),
		title: text().notNull(),
		subtitle: text().notNull(),
		intro: text().notNull(),
		source: sourceRef(),
		publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		visibility: visibility().notNull().default('public'),
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

export const focusShiftKey = pgEnum('focus_shift_key', FOCUS_SHIFTS);

export const visionItems = pgTable(
	'vision_items',
	{
		id: serial().primaryKey(),
		visionId: parentRef(() => visions.id),
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
