import { date, index, integer, pgEnum, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef, sourceRef } from '../counties/tables.ts';
import { decisions } from '../decisions/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { BARRIER_KINDS, BARRIER_STATUSES } from './domain/vocabulary.ts';

/**
 * The barriers' tables: barriers and goal conflicts raised for the
 * leadership, and each step they took.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const barrierKind = pgEnum('barrier_kind', BARRIER_KINDS);
export const barrierStatus = pgEnum('barrier_status', BARRIER_STATUSES);

/** A barrier or goal conflict (hinder, målkonflikt). */
export const barriers = pgTable(
	'barriers',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		title: text().notNull(),
		/** what stands in the way */
		description: text().notNull(),
		/** where it was met */
		metWhere: text().notNull().default(''),
		kind: barrierKind().notNull(),
		processId: integer().references(() => processes.id),
		initiativeId: integer().references(() => initiatives.id),
		status: barrierStatus().notNull().default('new'),
		/** who raised it: shown only internally; null for barriers from a source */
		raisedByUserId: integer().references(() => users.id),
		/** null when the source does not say when it was raised */
		raisedOn: date({ mode: 'string' }),
		/** the decision that resolved it */
		decisionId: integer().references(() => decisions.id),
		source: sourceRef(),
		/** where in its source it comes from (a quoted passage); empty when entered in Nära */
		sourcePassage: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode, t.status)]
);

/** One step of a barrier: its new status, on which day, why, and (when resolved) the decision. */
export const barrierSteps = pgTable(
	'barrier_steps',
	{
		id: serial().primaryKey(),
		barrierId: parentRef(() => barriers.id),
		status: barrierStatus().notNull(),
		on: date({ mode: 'string' }).notNull(),
		note: text().notNull().default(''),
		decisionId: integer().references(() => decisions.id),
		byUserId: integer().references(() => users.id),
		...timestamps
	},
	(t) => [index().on(t.barrierId)]
);
