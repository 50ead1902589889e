import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisationRef, sourceRef } from '../counties/tables.ts';
import { developmentAreaKey } from '../roadmap/tables.ts';
import { focusShiftKey } from '../vision/tables.ts';
import type { Consensus, NextStep } from './domain/round.ts';

/**
 * The Dialogguide's tables: templates (versioned statements grouped by the
 * dimensions of the county's vision and roadmap), workplace rounds, their
 * single-use codes and their anonymous answers.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 *
 * Anonymous by construction: an answer holds its round, the date it was given
 * and its scores – no account, no address, no user agent, no time of day, and
 * no link to the code it was given with (a code only knows that it is used).
 */

export const assessmentDimensionKind = pgEnum('assessment_dimension_kind', [
	'focus_shift',
	'development_area',
	'citizen_statement',
	'nara_concept'
]);

/** A county's template: its statements change by versions (one version per change). */
export const assessmentTemplates = pgTable('assessment_templates', {
	id: serial().primaryKey(),
	seedKey: seedKey(),
	countyCode: countyRef(),
	title: text().notNull(),
	intro: text().notNull().default(''),
	/** the version of the statements: every added, changed or retired statement makes a new one */
	version: integer().notNull().default(1),
	source: sourceRef(),
	...editable,
	...timestamps
});

/** A dimension of a template: a focus shift, a development area, a citizen statement or a Nära concept. */
export const assessmentDimensions = pgTable(
	'assessment_dimensions',
	{
		id: serial().primaryKey(),
		templateId: parentRef(() => assessmentTemplates.id),
		key: text().notNull(),
		kind: assessmentDimensionKind().notNull(),
		title: text().notNull(),
		/** the roadmap's or vision's own text about the dimension, shown to the weakest */
		roadmapText: text().notNull().default(''),
		/** where the inventory's examples come from: the development area or focus shift it is tagged with */
		developmentArea: developmentAreaKey(),
		focusShift: focusShiftKey(),
		position: smallint().notNull(),
		source: sourceRef(),
		quote: text().notNull().default('')
	},
	(t) => [unique().on(t.templateId, t.key)]
);

/**
 * A statement, scored 1–5 or "vet inte". It belongs to the versions from the
 * one it was added in up to (not including) the one it was retired in; a
 * changed wording retires the old statement and adds a new one, so every
 * answer stays tied to the words that were answered.
 */
export const assessmentStatements = pgTable(
	'assessment_statements',
	{
		id: serial().primaryKey(),
		templateId: parentRef(() => assessmentTemplates.id),
		dimensionId: parentRef(() => assessmentDimensions.id),
		text: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		quote: text().notNull().default(''),
		addedInVersion: integer().notNull().default(1),
		retiredInVersion: integer()
	},
	(t) => [index().on(t.templateId)]
);

export const assessmentRoundMode = pgEnum('assessment_round_mode', ['codes', 'link']);

/** A workplace's round: opened by a manager, answered anonymously, shown after it closes. */
export const assessmentRounds = pgTable(
	'assessment_rounds',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		templateId: integer()
			.notNull()
			.references(() => assessmentTemplates.id),
		templateVersion: integer().notNull(),
		organisationId: organisationRef(),
		workplace: text().notNull(),
		managerId: integer()
			.notNull()
			.references(() => users.id),
		mode: assessmentRoundMode().notNull(),
		/** the unguessable part of the round's answer address */
		token: text().notNull().unique(),
		opensOn: date({ mode: 'string' }).notNull(),
		closesOn: date({ mode: 'string' }).notNull(),
		/** set when the manager closes the round before its closing date */
		closedOn: date({ mode: 'string' }),
		consensus: jsonb().$type<Consensus>().notNull().default({}),
		nextSteps: jsonb().$type<NextStep[]>().notNull().default([]),
		...editable,
		...timestamps
	},
	(t) => [index().on(t.countyCode, t.closesOn)]
);

/** A single-use code of a round; it knows whether it is used, not by which answer. */
export const assessmentCodes = pgTable(
	'assessment_codes',
	{
		roundId: parentRef(() => assessmentRounds.id),
		code: text().notNull(),
		used: smallint().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.roundId, t.code] })]
);

/** One person's answer: the round and the date, nothing that says who or when in the day. */
export const assessmentAnswers = pgTable(
	'assessment_answers',
	{
		id: uuid()
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		roundId: parentRef(() => assessmentRounds.id),
		answeredOn: date({ mode: 'string' }).notNull()
	},
	(t) => [index().on(t.roundId)]
);

/** A score of one statement in one answer: 1–5, or null for "vet inte". */
export const assessmentScores = pgTable(
	'assessment_scores',
	{
		answerId: uuid()
			.notNull()
			.references(() => assessmentAnswers.id, { onDelete: 'cascade' }),
		statementId: integer()
			.notNull()
			.references(() => assessmentStatements.id),
		score: smallint()
	},
	(t) => [
		primaryKey({ columns: [t.answerId, t.statementId] }),
		check('assessment_score_range', sql`${t.score} between 1 and 5`)
	]
);
