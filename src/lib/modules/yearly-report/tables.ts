import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { parentRef, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef } from '../counties/tables.ts';
import { SECTION_KEYS } from './domain/sections.ts';

/**
 * The narrative coordinators write beside each section of the yearly
 * follow-up of the roadmap: one row per county, year and section with the
 * text as it stands and its revision (the edit kit's conflict check), and
 * every saved version kept. Part of the database schema (drizzle.config.ts).
 */

export const reportSection = pgEnum('yearly_report_section', SECTION_KEYS);

export const reportNarratives = pgTable(
	'yearly_report_narratives',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		year: smallint().notNull(),
		section: reportSection().notNull(),
		text: text().notNull().default(''),
		/** 0 until the first save; every save adds one (and a version row) */
		revision: integer().notNull().default(0),
		...timestamps
	},
	(t) => [
		unique('yearly_report_narratives_key').on(t.countyCode, t.year, t.section),
		check('yearly_report_year_range', sql`${t.year} between 2000 and 2100`)
	]
);

/** Each saved version of a narrative: its text, who saved it and when. */
export const reportNarrativeVersions = pgTable(
	'yearly_report_narrative_versions',
	{
		id: serial().primaryKey(),
		narrativeId: parentRef(() => reportNarratives.id),
		version: integer().notNull(),
		text: text().notNull(),
		savedBy: integer().references(() => users.id, { onDelete: 'set null' }),
		savedByLabel: text().notNull(),
		savedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('yearly_report_narrative_versions_once').on(t.narrativeId, t.version),
		index().on(t.narrativeId)
	]
);
