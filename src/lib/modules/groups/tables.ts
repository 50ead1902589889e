import { pgEnum, pgTable, serial, smallint, text, unique, varchar } from 'drizzle-orm/pg-core';
import { editable, timestamps } from '../../platform/db/columns.ts';
import { counties, sourceRef } from '../counties/tables.ts';

/**
 * The groups' table: the county's bodies (samverkansorgan).
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const groupLevel = pgEnum('group_level', ['county', 'subregional', 'local', 'political']);

/** A body (samverkansorgan) with members from several organisations. */
export const groups = pgTable(
	'groups',
	{
		id: serial().primaryKey(),
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		name: text().notNull(),
		level: groupLevel().notNull(),
		composition: text().notNull(),
		mandate: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.name)]
);
