import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text,
	unique
} from 'drizzle-orm/pg-core';
import { COVERAGE_STATES, PROCESS_STATUSES } from '../../core/vocabulary.ts';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisationRef, sourceRef } from '../counties/tables.ts';
import { groups } from '../groups/tables.ts';
import { initiatives, workLevel } from '../initiatives/tables.ts';
import { developmentAreaKey } from '../roadmap/tables.ts';

/**
 * The processes' tables: the county's shared processes, their participants,
 * their initiatives and their coverage of the four development areas.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const processStatus = pgEnum('process_status', PROCESS_STATUSES);

/** A shared piece of work (process) on county, sub-regional or local level. */
export const processes = pgTable(
	'processes',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		title: text().notNull(),
		level: workLevel().notNull(),
		goal: text().notNull().default(''),
		description: text().notNull().default(''),
		ownerGroupId: integer().references(() => groups.id),
		status: processStatus().notNull().default('ongoing'),
		goalAreas: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		position: smallint().notNull().default(0),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.title)]
);

export const processParticipants = pgTable(
	'process_participants',
	{
		processId: parentRef(() => processes.id),
		organisationId: organisationRef()
	},
	(t) => [primaryKey({ columns: [t.processId, t.organisationId] })]
);

export const processInitiatives = pgTable(
	'process_initiatives',
	{
		processId: parentRef(() => processes.id),
		initiativeId: parentRef(() => initiatives.id)
	},
	(t) => [primaryKey({ columns: [t.processId, t.initiativeId] }), index().on(t.initiativeId)]
);

export const coverageState = pgEnum('coverage_state', COVERAGE_STATES);

/** How a process has considered one development area, and the evidence. */
export const processCoverage = pgTable(
	'process_coverage',
	{
		processId: parentRef(() => processes.id),
		developmentArea: developmentAreaKey().notNull(),
		state: coverageState().notNull().default('not_assessed'),
		how: text().notNull().default(''),
		evidence: text().notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.processId, t.developmentArea] })]
);
