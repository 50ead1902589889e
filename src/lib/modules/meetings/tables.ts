import {
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text
} from 'drizzle-orm/pg-core';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { actions } from '../actions/tables.ts';
import { countyRef, organisationRef, sourceRef } from '../counties/tables.ts';
import { decisions } from '../decisions/tables.ts';
import { groups } from '../groups/tables.ts';
import { AGENDA_LINKS, AGENDA_OUTCOMES } from './domain/vocabulary.ts';

/**
 * The meetings' tables: meetings of the county's bodies, the organisations
 * taking part, and the agenda items with their outcomes.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const agendaLink = pgEnum('agenda_link', AGENDA_LINKS);
export const agendaOutcome = pgEnum('agenda_outcome', AGENDA_OUTCOMES);

/** A meeting of a body (direktörsberedningen, samordningsgruppen …). */
export const meetings = pgTable(
	'meetings',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		groupId: integer()
			.notNull()
			.references(() => groups.id),
		title: text().notNull(),
		heldOn: date({ mode: 'string' }).notNull(),
		/** the last day of a meeting over several days */
		endsOn: date({ mode: 'string' }),
		place: text().notNull().default(''),
		notes: text().notNull().default(''),
		source: sourceRef(),
		/** where in its source it comes from (a quoted passage); empty when entered in Nära */
		sourcePassage: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode, t.heldOn)]
);

export const meetingParticipants = pgTable(
	'meeting_participants',
	{
		meetingId: parentRef(() => meetings.id),
		organisationId: organisationRef()
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.organisationId] })]
);

/** One item of a meeting's agenda, what it is about, and its outcome. */
export const agendaItems = pgTable(
	'agenda_items',
	{
		id: serial().primaryKey(),
		meetingId: parentRef(() => meetings.id),
		position: smallint().notNull(),
		title: text().notNull(),
		notes: text().notNull().default(''),
		link: agendaLink().notNull().default('none'),
		/** the id of the indicator, initiative, process or barrier the item is about */
		linkId: integer(),
		outcome: agendaOutcome().notNull(),
		decisionId: integer().references(() => decisions.id),
		actionId: integer().references(() => actions.id),
		...timestamps
	},
	(t) => [index().on(t.meetingId)]
);
