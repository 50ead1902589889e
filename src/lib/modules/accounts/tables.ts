import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { parentRef, timestamps } from '../../platform/db/columns.ts';
import { countyRef, organisations } from '../counties/tables.ts';

/**
 * The accounts' tables: people, their roles, sessions, password links, sign-in
 * attempts and API tokens.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const role = pgEnum('role', ['admin', 'coordinator', 'editor', 'reader', 'moderator']);

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
		userId: parentRef(() => users.id),
		countyCode: countyRef(),
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
		userId: parentRef(() => users.id),
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
	userId: parentRef(() => users.id),
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

/** A personal API token, scoped to one role in one county. Only its SHA-256 is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: serial().primaryKey(),
		userId: parentRef(() => users.id),
		name: text().notNull(),
		tokenHash: text().notNull().unique(),
		countyCode: countyRef(),
		role: role().notNull(),
		/** for an editor's token: the organisation whose content it edits */
		organisationId: integer().references(() => organisations.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.userId)]
);
