import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	text,
	unique
} from 'drizzle-orm/pg-core';
import { editable, parentRef, timestamps } from '../../platform/db/columns.ts';
import { countyRef } from '../counties/tables.ts';
import { groups } from '../groups/tables.ts';
import { processes } from '../processes/tables.ts';
import { EVIDENCE_KINDS, type IndicatorSnapshot } from './domain/evidence.ts';

/**
 * The reflections' tables: a body's or a process's reflection ("vad ser vi –
 * vad betyder det – vad gör vi nu") and the evidence it links to.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const reflectionEvidenceKind = pgEnum('reflection_evidence_kind', EVIDENCE_KINDS);

/** A reflection, written by a body or by a process of the county (one of the two). */
export const reflections = pgTable(
	'reflections',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		groupId: integer().references(() => groups.id),
		processId: integer().references(() => processes.id),
		title: text().notNull(),
		/** Vad ser vi? */
		whatWeSee: text().notNull(),
		/** Vad betyder det? */
		whatItMeans: text().notNull(),
		/** Vad gör vi nu? */
		whatWeDoNow: text().notNull(),
		writtenOn: date({ mode: 'string' }).notNull(),
		...editable,
		...timestamps
	},
	(t) => [
		index().on(t.countyCode, t.writtenOn),
		check('reflection_author', sql`(${t.groupId} is null) <> (${t.processId} is null)`)
	]
);

/**
 * A link from a reflection to its evidence: an indicator (with its figures
 * for the county's areas as they stood the day the link was made), an
 * initiative, a published story or a barrier.
 */
export const reflectionEvidence = pgTable(
	'reflection_evidence',
	{
		id: serial().primaryKey(),
		reflectionId: parentRef(() => reflections.id),
		kind: reflectionEvidenceKind().notNull(),
		/** the id of the indicator, initiative, story or barrier */
		targetId: integer().notNull(),
		/** for an indicator: its figures as they stood when linked */
		snapshot: jsonb().$type<IndicatorSnapshot>(),
		...timestamps
	},
	(t) => [unique().on(t.reflectionId, t.kind, t.targetId), index().on(t.kind, t.targetId)]
);
