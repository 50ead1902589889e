import { check, integer, pgEnum, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timestamps } from '../../platform/db/columns.ts';
import { countyRef } from '../counties/tables.ts';
import { RETENTION_PURPOSES } from './domain/retention.ts';

/**
 * Personal data settings: how long each kind of personal data is kept in a
 * county (a row overrides the default of domain/retention.ts), and the key
 * that signs the forms' timestamps.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const retentionPurpose = pgEnum('retention_purpose', RETENTION_PURPOSES);

export const retentionPeriods = pgTable(
	'retention_periods',
	{
		countyCode: countyRef(),
		purpose: retentionPurpose().notNull(),
		days: integer().notNull(),
		revision: integer().notNull().default(1),
		...timestamps
	},
	(t) => [
		primaryKey({ columns: [t.countyCode, t.purpose] }),
		check('retention_days_range', sql`${t.days} between 1 and 3650`)
	]
);

/** One row: the secret that signs the time a form was shown (form-guard.server.ts). */
export const formKeys = pgTable(
	'form_keys',
	{ id: smallint().primaryKey().default(1), key: text().notNull() },
	(t) => [check('form_keys_one_row', sql`${t.id} = 1`)]
);
