import { type AnyPgColumn, integer, pgEnum, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Columns that the tables of every module share: timestamps, and the kit of
 * editable content (visibility, revision, archiving) that saveAudited works with.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const timestamps = {
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
};

/** public: anyone may read it; internal: only signed-in people of the county. */
export const visibility = pgEnum('visibility', ['public', 'internal']);

/**
 * Columns of content that people edit: who may see it, a revision that every
 * save increments (a save based on an older revision is a conflict), and
 * archiving instead of deleting (public records are never silently removed).
 */
export const editable = {
	visibility: visibility().notNull().default('public'),
	revision: integer().notNull().default(1),
	archivedAt: timestamp({ withTimezone: true })
};

/**
 * Which item of the seed (seed/) the row came from, e.g.
 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
 * seed recognises its rows by it, so a renamed seeded row is not added again.
 */
export const seedKey = () => text().unique();

/** The row this one belongs to: it is required, and deleting that row deletes this one. */
export const parentRef = (column: () => AnyPgColumn) =>
	integer().notNull().references(column, { onDelete: 'cascade' });
