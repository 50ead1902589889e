import { integer, pgEnum, pgTable, serial, smallint, text, unique } from 'drizzle-orm/pg-core';
import { DEVELOPMENT_AREAS } from '../../core/vocabulary.ts';
import { editable, parentRef, timestamps } from '../../platform/db/columns.ts';
import { countyRef, sourceRef } from '../counties/tables.ts';

/**
 * The roadmap's tables: a county's roadmap (färdplan) and its items.
 * `developmentAreaKey` is here because the roadmap names the four development
 * areas; initiatives and processes use it too.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/** A county's roadmap (färdplan). */
export const roadmaps = pgTable('roadmaps', {
	id: serial().primaryKey(),
	countyCode: countyRef().unique(),
	title: text().notNull(),
	intro: text().notNull(),
	source: sourceRef(),
	revision: integer().notNull().default(1),
	...timestamps
});

export const roadmapItemKind = pgEnum('roadmap_item_kind', [
	'development_area',
	'prerequisite',
	'goal_area',
	'milestone'
]);

export const roadmapItems = pgTable(
	'roadmap_items',
	{
		id: serial().primaryKey(),
		roadmapId: parentRef(() => roadmaps.id),
		kind: roadmapItemKind().notNull(),
		key: text().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.roadmapId, t.kind, t.key)]
);

/** The four development areas of the roadmap (utvecklingsområden). */
export const developmentAreaKey = pgEnum('development_area_key', DEVELOPMENT_AREAS);
