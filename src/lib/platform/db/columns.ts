import { integer, pgEnum, timestamp } from 'drizzle-orm/pg-core';

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
