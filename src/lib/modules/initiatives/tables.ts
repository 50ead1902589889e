import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	serial,
	smallint,
	text
} from 'drizzle-orm/pg-core';
import { PHASES, WORK_LEVELS } from '../../core/vocabulary.ts';
import { editable, parentRef, seedKey, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisationRef, organisations, sourceRef } from '../counties/tables.ts';
import { developmentAreaKey } from '../roadmap/tables.ts';
import { focusShiftKey } from '../vision/tables.ts';

/**
 * The inventory's tables: the county's initiatives, their partners,
 * municipalities and funding. `workLevel` is here because the inventory came
 * first; processes use it too.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/** The level a piece of shared work is run on. */
export const workLevel = pgEnum('work_level', WORK_LEVELS);

export const initiativePhase = pgEnum('initiative_phase', PHASES);

/** PostgreSQL's tsvector, for the generated search column. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One entry in the county's inventory (insats, utvecklingsarbete). Goal areas
 * are keys (the county roadmap's goal areas, or the shared list in
 * domain/initiatives); the contact is a function (a shared mailbox, a unit),
 * and names a person only with their consent.
 */
export const initiatives = pgTable(
	'initiatives',
	{
		id: serial().primaryKey(),
		seedKey: seedKey(),
		countyCode: countyRef(),
		title: text().notNull(),
		description: text().notNull().default(''),
		leadOrganisationId: integer().references(() => organisations.id),
		/** partners that are not organisations in Nära (a company, an association) */
		otherPartners: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		level: workLevel().notNull(),
		phase: initiativePhase().notNull(),
		startsOn: date({ mode: 'string' }),
		endsOn: date({ mode: 'string' }),
		goalAreas: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		developmentAreas: developmentAreaKey()
			.array()
			.notNull()
			.default(sql`'{}'`),
		focusShifts: focusShiftKey()
			.array()
			.notNull()
			.default(sql`'{}'`),
		contactFunction: text().notNull().default(''),
		contactEmail: text().notNull().default(''),
		contactPhone: text().notNull().default(''),
		/** a named person, only when they consented to being shown */
		contactPerson: text(),
		contactConsent: boolean().notNull().default(false),
		results: text().notNull().default(''),
		lessons: text().notNull().default(''),
		/** [{ url, title }] */
		links: jsonb().$type<{ url: string; title: string }[]>().notNull().default([]),
		goodExample: boolean().notNull().default(false),
		source: sourceRef(),
		/** where in the source, e.g. "Region Värmland – Gemensamma insatser" */
		sourceLocator: text().notNull().default(''),
		search: tsvector().generatedAlwaysAs(
			sql`setweight(to_tsvector('swedish'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('swedish'::regconfig, coalesce(results, '') || ' ' || coalesce(lessons, '')), 'C')`
		),
		...editable,
		...timestamps
	},
	(t) => [
		index('initiatives_search').using('gin', t.search),
		index('initiatives_title_trgm').using('gin', sql`${t.title} gin_trgm_ops`),
		index().on(t.countyCode),
		check('initiative_contact_consent', sql`${t.contactPerson} is null or ${t.contactConsent}`),
		check(
			'initiative_dates',
			sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`
		)
	]
);

/** Partner organisations of an initiative (besides its lead). */
export const initiativePartners = pgTable(
	'initiative_partners',
	{
		initiativeId: parentRef(() => initiatives.id),
		organisationId: organisationRef()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.organisationId] })]
);

/** The municipalities an initiative runs in. */
export const initiativeMunicipalities = pgTable(
	'initiative_municipalities',
	{
		initiativeId: parentRef(() => initiatives.id),
		organisationId: organisationRef()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.organisationId] }), index().on(t.organisationId)]
);

/** Funding of an initiative per year and source, e.g. state stimulansmedel. */
export const initiativeFunding = pgTable(
	'initiative_funding',
	{
		id: serial().primaryKey(),
		initiativeId: parentRef(() => initiatives.id),
		year: smallint().notNull(),
		fundingSource: text().notNull(),
		/** whole kronor; null when the amount is not known */
		amountSek: bigint({ mode: 'number' }),
		note: text().notNull().default('')
	},
	(t) => [index().on(t.initiativeId)]
);
