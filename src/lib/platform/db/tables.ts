import {
	bigserial,
	customType,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	serial,
	text,
	timestamp,
	varchar
} from 'drizzle-orm/pg-core';

/**
 * The tables that the platform itself uses: the audit log (audit.ts,
 * editing.ts), the calls counted for rate limits (rate-limit.ts) and the
 * import jobs of long work started from the browser.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

/**
 * The key of a county, for the foreign key of import_jobs. The counties table
 * is the counties module's (modules/counties/tables.ts) and the platform
 * imports no module, so only the referenced column is named here; the table
 * is not exported, so drizzle-kit sees it only as the key's target.
 */
const countyKey = pgTable('counties', { code: varchar({ length: 2 }).primaryKey() });

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

export const jobStatus = pgEnum('job_status', ['queued', 'running', 'done', 'failed']);

/**
 * A background job a person started (e.g. a Kolada import), as people see it:
 * status, progress and message. The queue itself (claims, retries, timeouts,
 * dead letters) is pg-boss's, in the schema `pgboss` (platform/jobs/).
 */
export const importJobs = pgTable('import_jobs', {
	id: serial().primaryKey(),
	kind: text().notNull(),
	countyCode: varchar({ length: 2 }).references(() => countyKey.code),
	status: jobStatus().notNull().default('queued'),
	done: integer().notNull().default(0),
	total: integer().notNull().default(0),
	message: text().notNull().default(''),
	params: jsonb().notNull().default({}),
	/** how many times a worker has started it (a retry or a restart after a crash adds one) */
	attempts: integer().notNull().default(0),
	/** where its result can be seen (e.g. the indicator it filled), when done */
	link: text(),
	/** the process running (or that last ran) it, as host:pid, for operators */
	runner: text(),
	createdByUserId: integer(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	startedAt: timestamp({ withTimezone: true }),
	finishedAt: timestamp({ withTimezone: true })
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/**
 * The file a job made (a report, an export), kept for the person who asked
 * for it until it expires; the job's record says how it went.
 */
export const jobFiles = pgTable('job_files', {
	recordId: integer()
		.primaryKey()
		.references(() => importJobs.id, { onDelete: 'cascade' }),
	fileName: text().notNull(),
	contentType: text().notNull(),
	bytes: bytea().notNull(),
	expiresAt: timestamp({ withTimezone: true }).notNull()
});
