import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { editable, parentRef, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { GOOD_EXAMPLE_STATUSES } from './domain/criteria.ts';

/**
 * Good examples (goda exempel): an initiative of the county nominated
 * against the stated criteria, judged by a reviewer of the county as
 * lovande or beprövat; and where an example has been reused in another
 * county's inventory. Part of the database schema (drizzle.config.ts).
 */

export const goodExampleStatus = pgEnum('good_example_status', GOOD_EXAMPLE_STATUSES);

export const goodExamples = pgTable(
	'good_examples',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		/** one nomination per initiative */
		initiativeId: integer()
			.notNull()
			.unique()
			.references(() => initiatives.id),
		/** the criteria the nominator says are met (domain/criteria.ts) */
		criteria: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		justification: text().notNull(),
		status: goodExampleStatus().notNull().default('nominated'),
		reviewNote: text().notNull().default(''),
		nominatedBy: integer().references(() => users.id),
		reviewedBy: integer().references(() => users.id),
		reviewedAt: timestamp({ withTimezone: true }),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode)]
);

/** A good example copied into a county's inventory as a new initiative. */
export const goodExampleReuses = pgTable(
	'good_example_reuses',
	{
		id: serial().primaryKey(),
		goodExampleId: parentRef(() => goodExamples.id),
		/** the copy, in the county that reused the example */
		initiativeId: integer()
			.notNull()
			.unique()
			.references(() => initiatives.id),
		countyCode: countyRef(),
		...timestamps
	},
	(t) => [index().on(t.goodExampleId)]
);
