import { pgEnum, pgTable, serial, smallint, text, unique } from 'drizzle-orm/pg-core';
import { editable, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, sourceRef } from '../counties/tables.ts';

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
		seedKey: seedKey(),
		countyCode: countyRef(),
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
