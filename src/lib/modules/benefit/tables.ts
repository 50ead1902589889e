import {
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	unique,
	varchar
} from 'drizzle-orm/pg-core';
import { editable, timestamps } from '../../platform/db/columns.ts';
import { counties } from '../counties/tables.ts';

/**
 * The benefit model's tables: a county's saved scenarios and their versions.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/** A named benefit calculation of a county; its inputs are versioned. */
export const scenarios = pgTable('scenarios', {
	id: serial().primaryKey(),
	countyCode: varchar({ length: 2 })
		.notNull()
		.references(() => counties.code),
	name: text().notNull(),
	description: text().notNull().default(''),
	currentVersion: integer().notNull().default(1),
	createdByUserId: integer(),
	...editable,
	...timestamps
});

export const scenarioVersions = pgTable(
	'scenario_versions',
	{
		id: serial().primaryKey(),
		scenarioId: integer()
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		/** the scenario input, as validated by the benefit model's schema */
		input: jsonb().notNull(),
		createdBy: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.scenarioId, t.version)]
);
