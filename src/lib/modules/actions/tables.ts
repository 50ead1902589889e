import {
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { editable, seedKey, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef, organisationRef, sourceRef } from '../counties/tables.ts';
import { ACTION_ORIGINS, ACTION_STATUSES } from './domain/vocabulary.ts';

/**
 * The actions' tables: what the leadership has decided to do, with an owner,
 * a due date and a status, and who does not want the weekly digest.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const actionStatus = pgEnum('action_status', ACTION_STATUSES);
export const actionOrigin = pgEnum('action_origin', ACTION_ORIGINS);

/** Something to do (åtgärd): an owner organisation and person, a due date, a status. */
export const actions = pgTable(
	'actions',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		title: text().notNull(),
		description: text().notNull().default(''),
		ownerOrganisationId: organisationRef(),
		ownerUserId: integer()
			.notNull()
			.references(() => users.id),
		dueOn: date({ mode: 'string' }).notNull(),
		status: actionStatus().notNull().default('open'),
		/** what was done, written by the owner */
		outcome: text().notNull().default(''),
		/** where the action came from: a meeting's agenda item, a barrier … */
		origin: actionOrigin().notNull().default('other'),
		originId: integer(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode, t.dueOn), index().on(t.ownerUserId)]
);

/** A person who has turned the weekly digest of their actions off. */
export const actionDigestOptOuts = pgTable('action_digest_opt_outs', {
	userId: integer()
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	optedOutAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
