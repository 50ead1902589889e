import { date, index, integer, pgEnum, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { editable, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisationRef, sourceRef } from '../counties/tables.ts';
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
		seedKey: seedKey(),
		countyCode: countyRef(),
		organisationId: organisationRef(),
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
