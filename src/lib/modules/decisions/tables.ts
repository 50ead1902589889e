import {
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	serial,
	text,
	unique,
	varchar
} from 'drizzle-orm/pg-core';
import { editable, timestamps } from '../../platform/db/columns.ts';
import { counties, organisations, sourceRef } from '../counties/tables.ts';
import { groups } from '../groups/tables.ts';

/**
 * The decisions' table: decisions taken by an organisation or a body.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

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
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
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
		...editable,
		...timestamps
	},
	(t) => [
		unique().on(t.countyCode, t.organisationId, t.subject, t.decidedOn),
		index().on(t.countyCode, t.decidedOn)
	]
);
