import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { parentRef, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef, organisations } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { careKind } from '../stories/tables.ts';

/**
 * "Levande bibliotek": people with lived experience who offer to take part
 * in improvement work, the requests of processes and initiatives for
 * participants, and the coordinators' assignments. Nothing here is public.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const livedExperienceOffers = pgTable(
	'lived_experience_offers',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		name: text().notNull(),
		/** e-mail or telephone, as the person wrote it */
		contact: text().notNull(),
		/** what the person has lived through, in their words */
		experience: text().notNull(),
		careKind: careKind().notNull(),
		municipalityId: integer().references(() => organisations.id),
		consentTextVersion: text().notNull(),
		consentedAt: timestamp({ withTimezone: true }).notNull(),
		...timestamps
	},
	(t) => [index().on(t.countyCode)]
);

export const participantRequests = pgTable(
	'participant_requests',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		processId: integer().references(() => processes.id, { onDelete: 'cascade' }),
		initiativeId: integer().references(() => initiatives.id, { onDelete: 'cascade' }),
		/** what the participants are asked to do */
		task: text().notNull(),
		careKind: careKind(),
		wanted: integer().notNull().default(1),
		createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		index().on(t.countyCode),
		check(
			'participant_requests_one_subject',
			sql`(${t.processId} is null) <> (${t.initiativeId} is null)`
		),
		check('participant_requests_wanted', sql`${t.wanted} between 1 and 50`)
	]
);

export const participantAssignments = pgTable(
	'participant_assignments',
	{
		id: serial().primaryKey(),
		requestId: parentRef(() => participantRequests.id),
		offerId: parentRef(() => livedExperienceOffers.id),
		paid: boolean().notNull(),
		/** e.g. the fee agreed, or "arvode enligt regionens riktlinje" */
		terms: text().notNull().default(''),
		createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.requestId, t.offerId)]
);
