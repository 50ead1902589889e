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
	unique
} from 'drizzle-orm/pg-core';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, sourceRef } from '../counties/tables.ts';
import { groups } from '../groups/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { roadmapItems } from '../roadmap/tables.ts';
import { MILESTONE_STATUSES } from './domain/status.ts';

/**
 * The county's milestones: a time (a year, a period as the source writes it,
 * or neither), the body that owns it (or none known), a status and the items
 * that deliver it. Part of the database schema (drizzle.config.ts).
 */

export const milestoneStatus = pgEnum('milestone_status', MILESTONE_STATUSES);

export const milestones = pgTable(
	'milestones',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		title: text().notNull(),
		description: text().notNull().default(''),
		/** null when no year is given (e.g. a stage of the roadmap's direction) */
		year: smallint(),
		/** the time as written, e.g. "Januari 2023", "2025–2027"; empty = the year */
		periodLabel: text().notNull().default(''),
		/** the body that owns it; null when none is known */
		ownerGroupId: integer().references(() => groups.id),
		status: milestoneStatus().notNull().default('unknown'),
		source: sourceRef(),
		/** where in the source: a short quote or a pointer to the passage */
		sourcePassage: text().notNull().default(''),
		position: smallint().notNull().default(1000),
		...editable,
		...timestamps
	},
	(t) => [
		unique('milestones_natural_key').on(t.countyCode, t.title),
		index().on(t.countyCode),
		check('milestone_year_range', sql`${t.year} is null or ${t.year} between 1900 and 2100`)
	]
);

/** An item that delivers a milestone: exactly one initiative, process or part of the roadmap. */
export const milestoneLinks = pgTable(
	'milestone_links',
	{
		id: serial().primaryKey(),
		milestoneId: parentRef(() => milestones.id),
		initiativeId: integer().references(() => initiatives.id, { onDelete: 'cascade' }),
		processId: integer().references(() => processes.id, { onDelete: 'cascade' }),
		roadmapItemId: integer().references(() => roadmapItems.id, { onDelete: 'cascade' })
	},
	(t) => [
		index().on(t.milestoneId),
		check(
			'milestone_link_one_item',
			sql`num_nonnulls(${t.initiativeId}, ${t.processId}, ${t.roadmapItemId}) = 1`
		),
		unique('milestone_links_once')
			.on(t.milestoneId, t.initiativeId, t.processId, t.roadmapItemId)
			.nullsNotDistinct()
	]
);
