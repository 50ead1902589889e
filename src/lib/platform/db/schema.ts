import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	customType,
	boolean,
	check,
	date,
	doublePrecision,
	primaryKey,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	smallint,
	text,
	timestamp,
	unique,
	varchar
} from 'drizzle-orm/pg-core';

/**
 * The database schema: the source of truth for migrations (`npm run db:generate`).
 * Identifiers follow the glossary in DESIGN.md; columns are snake_case in SQL.
 */

const timestamps = {
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
};

/** public: anyone may read it; internal: only signed-in people of the county. */
export const visibility = pgEnum('visibility', ['public', 'internal']);

/**
 * Columns of content that people edit: who may see it, a revision that every
 * save increments (a save based on an older revision is a conflict), and
 * archiving instead of deleting (public records are never silently removed).
 */
const editable = {
	visibility: visibility().notNull().default('public'),
	revision: integer().notNull().default(1),
	archivedAt: timestamp({ withTimezone: true })
};

/** A source document in `seed/sources/` (or another publication) that content is taken from. */
export const sourceDocuments = pgTable('source_documents', {
	fileName: text().primaryKey(),
	title: text().notNull(),
	publisher: text().notNull(),
	year: smallint(),
	description: text().notNull()
});

/** The source document an item was taken from; null for content entered in Nära (the audit log says by whom). */
const sourceRef = () => text().references(() => sourceDocuments.fileName);

/** A county (län): the tenant, one region plus its municipalities. */
export const counties = pgTable('counties', {
	code: varchar({ length: 2 }).primaryKey(),
	name: text().notNull(),
	shortName: text().notNull(),
	slug: text().notNull().unique(),
	regionName: text().notNull(),
	koladaId: varchar({ length: 4 }).notNull().unique()
});

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

export const boundaryKind = pgEnum('boundary_kind', ['municipality', 'county']);

/** Simplified WGS84 polygons of a municipality or county, for maps. */
export const boundaries = pgTable(
	'boundaries',
	{
		areaCode: varchar({ length: 4 }).primaryKey(),
		kind: boundaryKind().notNull(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		name: text().notNull(),
		geometry: jsonb().notNull(),
		source: text().notNull()
	},
	(t) => [index().on(t.countyCode, t.kind)]
);

/** A county's vision (målbild). Versioned: a new version is a new row. */
export const visions = pgTable(
	'visions',
	{
		id: serial().primaryKey(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		version: integer().notNull(),
		title: text().notNull(),
		subtitle: text().notNull(),
		intro: text().notNull(),
		source: sourceRef(),
		publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		visibility: visibility().notNull().default('public'),
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.version), check('version_positive', sql`${t.version} > 0`)]
);

export const visionItemKind = pgEnum('vision_item_kind', [
	'citizen_statement',
	'focus_shift',
	'principle',
	'core_value',
	'direction_stage',
	'concept',
	'strategy_step'
]);

export const focusShiftKey = pgEnum('focus_shift_key', [
	'person',
	'co_creator',
	'proactive',
	'coordination'
]);

export const visionItems = pgTable(
	'vision_items',
	{
		id: serial().primaryKey(),
		visionId: integer()
			.notNull()
			.references(() => visions.id, { onDelete: 'cascade' }),
		kind: visionItemKind().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		body: text().notNull().default(''),
		fromText: text(),
		toText: text(),
		focusShiftKey: focusShiftKey(),
		source: sourceRef()
	},
	(t) => [unique().on(t.visionId, t.kind, t.position)]
);

/** A county's roadmap (färdplan). */
export const roadmaps = pgTable('roadmaps', {
	id: serial().primaryKey(),
	countyCode: varchar({ length: 2 })
		.notNull()
		.unique()
		.references(() => counties.code),
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
		roadmapId: integer()
			.notNull()
			.references(() => roadmaps.id, { onDelete: 'cascade' }),
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

export const groupLevel = pgEnum('group_level', ['county', 'subregional', 'local', 'political']);

/** A body (samverkansorgan) with members from several organisations. */
export const groups = pgTable(
	'groups',
	{
		id: serial().primaryKey(),
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		name: text().notNull(),
		level: groupLevel().notNull(),
		composition: text().notNull(),
		mandate: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.countyCode, t.name)]
);

export const decisionSubject = pgEnum('decision_subject', [
	'vision_adoption',
	'roadmap_approval',
	'other'
]);

export const datePrecision = pgEnum('date_precision', ['day', 'month']);

/** A decision taken by an organisation or a body, e.g. adopting the vision. */
export const decisions = pgTable(
	'decisions',
	{
		id: serial().primaryKey(),
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id),
		groupId: integer().references(() => groups.id),
		subject: decisionSubject().notNull(),
		title: text().notNull(),
		decidedOn: date({ mode: 'string' }).notNull(),
		/** 'month' when only the month is known (the day is then 01 and not shown) */
		datePrecision: datePrecision().notNull().default('day'),
		description: text().notNull(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [
		unique().on(t.countyCode, t.organisationId, t.subject, t.decidedOn),
		index().on(t.countyCode, t.decidedOn)
	]
);

export const timelineLevel = pgEnum('timeline_level', ['national', 'county']);

/** A milestone on the national or a county's timeline. */
export const timelineEvents = pgTable(
	'timeline_events',
	{
		id: serial().primaryKey(),
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		/** null for national events */
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		level: timelineLevel().notNull(),
		year: smallint().notNull(),
		/** false when the source gives no year: `year` then only orders the event */
		yearStated: boolean().notNull().default(true),
		month: smallint(),
		day: smallint(),
		periodLabel: text().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		position: smallint().notNull(),
		source: sourceRef(),
		...editable,
		...timestamps
	},
	(t) => [
		unique('timeline_events_natural_key').on(t.countyCode, t.year, t.title).nullsNotDistinct(),
		index().on(t.countyCode, t.year),
		check(
			'timeline_level_matches_county',
			sql`(${t.level} = 'national') = (${t.countyCode} is null)`
		),
		check('timeline_month_range', sql`${t.month} is null or ${t.month} between 1 and 12`),
		check('timeline_day_range', sql`${t.day} is null or ${t.day} between 1 and 31`)
	]
);

// ——— Accounts, roles and audit ———————————————————————————————————————————

export const role = pgEnum('role', ['admin', 'coordinator', 'editor', 'reader']);

/** A person who signs in: with a local password, or through single sign-on (OIDC). */
export const users = pgTable(
	'users',
	{
		id: serial().primaryKey(),
		/** lower case */
		email: text().notNull().unique(),
		name: text().notNull(),
		/** Argon2id; null for people who only use single sign-on */
		passwordHash: text(),
		oidcIssuer: text(),
		oidcSubject: text(),
		disabledAt: timestamp({ withTimezone: true }),
		revision: integer().notNull().default(1),
		...timestamps
	},
	(t) => [unique().on(t.oidcIssuer, t.oidcSubject)]
);

/** A role in a county; an editor's role is for one organisation. */
export const roleAssignments = pgTable(
	'role_assignments',
	{
		id: serial().primaryKey(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		organisationId: integer().references(() => organisations.id),
		role: role().notNull(),
		/** 'oidc' when the role came from the identity provider's claims at sign-in */
		origin: text().notNull().default('local'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('role_assignments_unique')
			.on(t.userId, t.countyCode, t.organisationId, t.role)
			.nullsNotDistinct(),
		check(
			'editor_has_organisation',
			sql`(${t.role} = 'editor') = (${t.organisationId} is not null)`
		)
	]
);

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text().primaryKey(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		userAgent: text().notNull().default(''),
		method: text().notNull()
	},
	(t) => [index().on(t.userId), index().on(t.expiresAt)]
);

/** A one-time link to set a password. Only the token's SHA-256 is stored. */
export const passwordTokens = pgTable('password_tokens', {
	id: text().primaryKey(),
	userId: integer()
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	usedAt: timestamp({ withTimezone: true })
});

/** Sign-in attempts, for rate limiting per account and per address. */
export const signInAttempts = pgTable(
	'sign_in_attempts',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		email: text().notNull(),
		address: text().notNull(),
		success: boolean().notNull()
	},
	(t) => [index().on(t.email, t.at), index().on(t.address, t.at)]
);

/**
 * Calls counted for a rate limit (rate-limit.ts): one row per call, by what is
 * limited (`bucket`, e.g. the benefit-model compute) and by whom (`key`: an
 * address or a person). Kept in the database so that every instance counts
 * the same calls; rows older than the window are deleted as calls come in.
 */
export const rateLimitHits = pgTable(
	'rate_limit_hits',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		bucket: text().notNull(),
		key: text().notNull()
	},
	(t) => [index().on(t.bucket, t.key, t.at), index().on(t.at)]
);

/** A personal API token, scoped to one role in one county. Only its SHA-256 is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: serial().primaryKey(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		tokenHash: text().notNull().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		role: role().notNull(),
		/** for an editor's token: the organisation whose content it edits */
		organisationId: integer().references(() => organisations.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.userId)]
);

/**
 * Every write: who, when, which item, and the change (before → after).
 * Append-only: a trigger (migration 0003) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** null for the system (seed, migrations) */
		actorUserId: integer(),
		/** the actor as they were named then, e.g. "Anna Berg <anna@…>", "nara seed" */
		actorLabel: text().notNull(),
		action: text().notNull(),
		entityType: text().notNull(),
		entityId: text().notNull(),
		countyCode: varchar({ length: 2 }),
		before: jsonb(),
		after: jsonb()
	},
	(t) => [
		index().on(t.entityType, t.entityId),
		index().on(t.countyCode, t.at),
		index().on(t.actorUserId, t.at)
	]
);

// ——— Follow-up: indicators, measurements, targets ————————————————————————

export const indicatorDirection = pgEnum('indicator_direction', [
	'higher_is_better',
	'lower_is_better',
	'neither'
]);
export const indicatorSource = pgEnum('indicator_source', ['kolada', 'scb', 'own']);
/** How a county total is made from its municipalities: summed, or weighted by population (rates). */
export const indicatorAggregation = pgEnum('indicator_aggregation', [
	'sum',
	'population_weighted',
	'none'
]);

/** A key indicator (nyckeltal): a Kolada KPI, or a county's own indicator. */
export const indicators = pgTable(
	'indicators',
	{
		id: serial().primaryKey(),
		/** the Kolada KPI id, e.g. N20402; null for a county's own indicator */
		koladaId: varchar({ length: 12 }).unique(),
		/** the county that owns an own indicator; null for Kolada's */
		countyCode: varchar({ length: 2 }).references(() => counties.code),
		title: text().notNull(),
		description: text().notNull().default(''),
		unit: text().notNull().default(''),
		direction: indicatorDirection().notNull().default('neither'),
		source: indicatorSource().notNull(),
		frequency: text().notNull().default('år'),
		hasGenderSplit: boolean().notNull().default(false),
		aggregation: indicatorAggregation().notNull().default('none'),
		operatingArea: text().notNull().default(''),
		publicationPeriod: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [
		index('indicators_search').using(
			'gin',
			sql`to_tsvector('swedish', ${t.title} || ' ' || ${t.description})`
		)
	]
);

export const indicatorLinkKind = pgEnum('indicator_link_kind', [
	'focus_shift',
	'development_area',
	'goal_area',
	'process'
]);

/** What an indicator follows: a focus shift, a development area, a goal area or a process (by key). */
export const indicatorLinks = pgTable(
	'indicator_links',
	{
		id: serial().primaryKey(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		kind: indicatorLinkKind().notNull(),
		key: text().notNull()
	},
	(t) => [unique().on(t.indicatorId, t.kind, t.key), index().on(t.kind, t.key)]
);

/**
 * A follow-up set, e.g. SKR's national indicators for the transition grouped
 * by the four focus shifts. An item without an indicator has no data source yet.
 */
export const followUpItems = pgTable(
	'follow_up_items',
	{
		id: serial().primaryKey(),
		setKey: text().notNull(),
		focusShiftKey: focusShiftKey().notNull(),
		position: smallint().notNull(),
		title: text().notNull(),
		indicatorId: integer().references(() => indicators.id),
		note: text().notNull().default(''),
		source: text().notNull()
	},
	(t) => [unique().on(t.setKey, t.title)]
);

/**
 * A value for indicator × area × period × gender. Areas are Kolada ids
 * (0000 Riket, 00XX regions, municipality codes). A missing value is null,
 * never zero. `source` is what the figure is credited to ("Kolada", …).
 */
export const measurements = pgTable(
	'measurements',
	{
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		areaId: varchar({ length: 4 }).notNull(),
		period: smallint().notNull(),
		gender: varchar({ length: 1 }).notNull(),
		value: doublePrecision(),
		count: integer(),
		status: text(),
		source: text().notNull(),
		importedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.indicatorId, t.areaId, t.period, t.gender] }),
		check('measurement_gender', sql`${t.gender} in ('T', 'K', 'M')`)
	]
);

/** A target for indicator × area × period, entered by a coordinator. */
export const targets = pgTable(
	'targets',
	{
		id: serial().primaryKey(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
		areaId: varchar({ length: 4 }).notNull(),
		period: smallint().notNull(),
		gender: varchar({ length: 1 }).notNull().default('T'),
		value: doublePrecision().notNull(),
		note: text().notNull().default(''),
		...editable,
		...timestamps
	},
	(t) => [unique().on(t.indicatorId, t.areaId, t.period, t.gender)]
);

export const jobStatus = pgEnum('job_status', ['queued', 'running', 'done', 'failed']);

/** Long work started from the browser (e.g. a Kolada import), with its progress. */
export const importJobs = pgTable('import_jobs', {
	id: serial().primaryKey(),
	kind: text().notNull(),
	countyCode: varchar({ length: 2 }).references(() => counties.code),
	status: jobStatus().notNull().default('queued'),
	done: integer().notNull().default(0),
	total: integer().notNull().default(0),
	message: text().notNull().default(''),
	params: jsonb().notNull().default({}),
	createdByUserId: integer(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp({ withTimezone: true })
});

// ——— Benefit model: saved scenarios ————————————————————————————————————————

/** A named benefit calculation of a county; its inputs are versioned. */
export const scenarios = pgTable('scenarios', {
	id: serial().primaryKey(),
	countyCode: varchar({ length: 2 })
		.notNull()
		.references(() => counties.code),
	name: text().notNull(),
	description: text().notNull().default(''),
	currentVersion: integer().notNull().default(1),
	createdByUserId: integer(),
	...editable,
	...timestamps
});

export const scenarioVersions = pgTable(
	'scenario_versions',
	{
		id: serial().primaryKey(),
		scenarioId: integer()
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		/** the scenario input, as validated by the benefit model's schema */
		input: jsonb().notNull(),
		createdBy: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.scenarioId, t.version)]
);

// ——— Inventory of initiatives and county processes ——————————————————————————

/** The level a piece of shared work is run on. */
export const workLevel = pgEnum('work_level', ['county', 'subregional', 'local']);

/** The four development areas of the roadmap (utvecklingsområden). */
export const developmentAreaKey = pgEnum('development_area_key', [
	'proactive',
	'person_centred',
	'bridging',
	'digital'
]);

export const initiativePhase = pgEnum('initiative_phase', [
	'idea',
	'planning',
	'pilot',
	'scaling',
	'running',
	'ended'
]);

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
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
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
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.organisationId] })]
);

/** The municipalities an initiative runs in. */
export const initiativeMunicipalities = pgTable(
	'initiative_municipalities',
	{
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.organisationId] }), index().on(t.organisationId)]
);

/** Funding of an initiative per year and source, e.g. state stimulansmedel. */
export const initiativeFunding = pgTable(
	'initiative_funding',
	{
		id: serial().primaryKey(),
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		fundingSource: text().notNull(),
		/** whole kronor; null when the amount is not known */
		amountSek: bigint({ mode: 'number' }),
		note: text().notNull().default('')
	},
	(t) => [index().on(t.initiativeId)]
);

export const processStatus = pgEnum('process_status', ['planned', 'ongoing', 'paused', 'ended']);

/** A shared piece of work (process) on county, sub-regional or local level. */
export const processes = pgTable(
	'processes',
	{
		id: serial().primaryKey(),
		/**
		 * Which item of the seed (seed/) the row came from, e.g.
		 * "group:17:Länsgemensam ledningsgrupp…"; null for rows made in Nära. The
		 * seed recognises its rows by it, so a renamed seeded row is not added again.
		 */
		seedKey: text().unique(),
		countyCode: varchar({ length: 2 })
			.notNull()
			.references(() => counties.code),
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
		processId: integer()
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [primaryKey({ columns: [t.processId, t.organisationId] })]
);

export const processInitiatives = pgTable(
	'process_initiatives',
	{
		processId: integer()
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		initiativeId: integer()
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.processId, t.initiativeId] }), index().on(t.initiativeId)]
);

export const coverageState = pgEnum('coverage_state', [
	'not_considered',
	'considered',
	'worked_through'
]);

/** How a process has considered one development area, and the evidence. */
export const processCoverage = pgTable(
	'process_coverage',
	{
		processId: integer()
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		developmentArea: developmentAreaKey().notNull(),
		state: coverageState().notNull().default('not_considered'),
		how: text().notNull().default(''),
		evidence: text().notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.processId, t.developmentArea] })]
);
