import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	unique,
	varchar
} from 'drizzle-orm/pg-core';
import { timestamps } from '../../platform/db/columns.ts';

/**
 * The counties module's tables: the counties (the tenants), their organisations,
 * the boundaries for maps, and the source documents that content is taken from.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/** A source document in `seed/sources/` (or another publication) that content is taken from. */
export const sourceDocuments = pgTable('source_documents', {
	fileName: text().primaryKey(),
	title: text().notNull(),
	publisher: text().notNull(),
	year: smallint(),
	description: text().notNull()
});

/** The source document an item was taken from; null for content entered in Nära (the audit log says by whom). */
export const sourceRef = () => text().references(() => sourceDocuments.fileName);

/** A county (län): the tenant, one region plus its municipalities. */
export const counties = pgTable('counties', {
	code: varchar({ length: 2 }).primaryKey(),
	name: text().notNull(),
	shortName: text().notNull(),
	slug: text().notNull().unique(),
	regionName: text().notNull(),
	koladaId: varchar({ length: 4 }).notNull().unique()
});

/** The county a row belongs to. */
export const countyRef = () =>
	varchar({ length: 2 })
		.notNull()
		.references(() => counties.code);

export const organisationKind = pgEnum('organisation_kind', [
	'region',
	'municipality',
	'private',
	'civil_society',
	'authority'
]);

export const organisations = pgTable(
	'organisations',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		kind: organisationKind().notNull(),
		name: text().notNull(),
		shortName: text().notNull(),
		/** 4 digits for a municipality, 2 for a region */
		scbCode: varchar({ length: 4 }).unique(),
		koladaId: varchar({ length: 4 }).unique(),
		...timestamps
	},
	(t) => [index().on(t.countyCode), unique().on(t.countyCode, t.name)]
);

/** An organisation a row must name. */
export const organisationRef = () =>
	integer()
		.notNull()
		.references(() => organisations.id);

export const boundaryKind = pgEnum('boundary_kind', ['municipality', 'county']);

/** Simplified WGS84 polygons of a municipality or county, for maps. */
export const boundaries = pgTable(
	'boundaries',
	{
		areaCode: varchar({ length: 4 }).primaryKey(),
		kind: boundaryKind().notNull(),
		countyCode: countyRef(),
		name: text().notNull(),
		geometry: jsonb().notNull(),
		source: text().notNull()
	},
	(t) => [index().on(t.countyCode, t.kind)]
);
