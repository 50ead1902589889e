import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef, organisationRef, organisations, sourceRef } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { focusShiftKey, visionItems } from '../vision/tables.ts';
import {
	AGE_BANDS,
	AUTHOR_KINDS,
	CARE_KINDS,
	CONSENT_BASES,
	STORY_STATUSES
} from './domain/vocabulary.ts';

/**
 * Citizens' stories (berättelser): what happened and what mattered, with the
 * author's consents, moderated before anything is public.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const careKind = pgEnum('care_kind', CARE_KINDS);
export const ageBand = pgEnum('age_band', AGE_BANDS);
export const storyAuthorKind = pgEnum('story_author_kind', AUTHOR_KINDS);
export const storyStatus = pgEnum('story_status', STORY_STATUSES);
export const consentBasis = pgEnum('consent_basis', CONSENT_BASES);

export const stories = pgTable(
	'stories',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		/** the municipality the story happened in (an organisation of kind municipality) */
		municipalityId: organisationRef(),
		careKind: careKind().notNull(),
		ageBand: ageBand(),
		authorKind: storyAuthorKind().notNull(),
		title: text().notNull(),
		/**
		 * The text as the author wrote it. Internal until a moderator publishes it
		 * unchanged; null once deleted (an edited story's original, after the
		 * retention period).
		 */
		whatHappened: text(),
		whatMattered: text(),
		/** the version a moderator published with identifying details removed; null: the original */
		editedHappened: text(),
		editedMattered: text(),
		consentPublish: boolean().notNull(),
		consentQuote: boolean().notNull(),
		consentOpenData: boolean().notNull(),
		consentBasis: consentBasis().notNull().default('form'),
		consentTextVersion: text().notNull(),
		consentedAt: timestamp({ withTimezone: true }).notNull(),
		/** sha-256 of the withdrawal code; null for quotes from a published source */
		withdrawalHash: text().unique(),
		status: storyStatus().notNull().default('pending'),
		rejectionReason: text(),
		/** reports since a moderator last looked at the story */
		openReports: integer().notNull().default(0),
		moderatedAt: timestamp({ withTimezone: true }),
		publishedAt: timestamp({ withTimezone: true }),
		source: sourceRef(),
		sourceQuote: text(),
		revision: integer().notNull().default(1),
		...timestamps
	},
	(t) => [
		index().on(t.countyCode, t.status),
		check(
			'stories_published_needs_consent',
			sql`${t.status} <> 'published' or ${t.consentPublish}`
		),
		check(
			'stories_rejection_has_reason',
			sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`
		)
	]
);

/** The citizen statements of the vision a story speaks to. */
export const storyStatements = pgTable(
	'story_statements',
	{
		storyId: parentRef(() => stories.id),
		visionItemId: integer()
			.notNull()
			.references(() => visionItems.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.storyId, t.visionItemId] }), index().on(t.visionItemId)]
);

/** The focus shifts a story speaks to. */
export const storyShifts = pgTable(
	'story_shifts',
	{ storyId: parentRef(() => stories.id), shift: focusShiftKey().notNull() },
	(t) => [primaryKey({ columns: [t.storyId, t.shift] })]
);

export const storyInitiatives = pgTable(
	'story_initiatives',
	{
		storyId: parentRef(() => stories.id),
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.storyId, t.initiativeId] }), index().on(t.initiativeId)]
);

export const storyProcesses = pgTable(
	'story_processes',
	{
		storyId: parentRef(() => stories.id),
		processId: integer()
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.storyId, t.processId] }), index().on(t.processId)]
);

/** An organisation's public answer to a story. */
export const storyAnswers = pgTable('story_answers', {
	id: serial().primaryKey(),
	storyId: parentRef(() => stories.id),
	organisationId: integer()
		.notNull()
		.references(() => organisations.id),
	body: text().notNull(),
	answeredBy: integer().references(() => users.id, { onDelete: 'set null' }),
	...timestamps
});

/** A reader's report of a published story; nothing about the reader is kept. */
export const storyReports = pgTable('story_reports', {
	id: serial().primaryKey(),
	storyId: parentRef(() => stories.id),
	reason: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
