import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	text
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisations, sourceRef } from '../counties/tables.ts';
import { OFFER_KINDS, REQUEST_STATUSES } from './domain/vocabulary.ts';

/**
 * The county's support structure (stödstrukturen): what it offers, the
 * requests of workplaces for support, and the rounds of its courses with the
 * participants of each organisation. Part of the database schema
 * (drizzle.config.ts).
 */

export const supportOfferKind = pgEnum('support_offer_kind', OFFER_KINDS);
export const supportRequestStatus = pgEnum('support_request_status', REQUEST_STATUSES);

/** One offer of the catalogue: a course, a programme, method support, an analysis, a tool. */
export const supportOffers = pgTable(
	'support_offers',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		kind: supportOfferKind().notNull(),
		title: text().notNull(),
		description: text().notNull().default(''),
		/** who gives it, e.g. "Nya perspektiv" */
		provider: text().notNull().default(''),
		/** the prerequisites of the roadmap it serves (domain/vocabulary.ts) */
		prerequisites: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** the development areas it serves (core/vocabulary.ts) */
		developmentAreas: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		link: text().notNull().default(''),
		source: sourceRef(),
		/** the words of the source, for an offer taken from one */
		sourceQuote: text().notNull().default(''),
		/** where in the source, e.g. "rad 1186–1188" */
		sourceLocator: text().notNull().default(''),
		seedKey: seedKey(),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode)]
);

/** A workplace's request for support, and how the support structure handles it. */
export const supportRequests = pgTable(
	'support_requests',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		/** the offer asked for, or none (a need the catalogue does not name) */
		offerId: integer().references(() => supportOffers.id),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id),
		workplace: text().notNull(),
		need: text().notNull(),
		developmentAreas: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** who asked (null once their account is gone) */
		requestedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		status: supportRequestStatus().notNull().default('received'),
		/** the support structure's notes on the request */
		notes: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode), index().on(t.requestedBy)]
);

/** One round of a course or programme of the catalogue. */
export const courseRounds = pgTable(
	'course_rounds',
	{
		id: serial().primaryKey(),
		offerId: parentRef(() => supportOffers.id),
		countyCode: countyRef(),
		startsOn: date({ mode: 'string' }).notNull(),
		endsOn: date({ mode: 'string' }),
		place: text().notNull().default(''),
		...timestamps
	},
	(t) => [
		index().on(t.offerId),
		check('course_round_dates', sql`${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`)
	]
);

/** How many of one organisation took part in a round. */
export const courseParticipants = pgTable(
	'course_participants',
	{
		roundId: parentRef(() => courseRounds.id),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id),
		participants: integer().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.roundId, t.organisationId] }),
		check('course_participants_positive', sql`${t.participants} > 0`)
	]
);
