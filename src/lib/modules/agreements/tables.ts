import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { editable, timestamps } from '../../platform/db/columns.ts';
import { countyRef } from '../counties/tables.ts';
import { groups } from '../groups/tables.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from './domain/review.ts';

/**
 * The register of shared agreements and guidelines of a county. Parties are
 * organisations of the county (ids, checked when written) and others by name;
 * the decisions that adopted it are decisions of the county (ids, checked).
 * Part of the database schema (drizzle.config.ts).
 */

export const agreementKind = pgEnum('agreement_kind', AGREEMENT_KINDS);
export const agreementStatus = pgEnum('agreement_status', AGREEMENT_STATUSES);

export const agreements = pgTable(
	'agreements',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		kind: agreementKind().notNull(),
		title: text().notNull(),
		partyIds: integer()
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		otherParties: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		scope: text().notNull().default(''),
		ownerGroupId: integer().references(() => groups.id),
		validFrom: date({ mode: 'string' }),
		validTo: date({ mode: 'string' }),
		nextReviewOn: date({ mode: 'string' }),
		status: agreementStatus().notNull(),
		documentUrl: text().notNull().default(''),
		decisionIds: integer()
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		...editable,
		...timestamps
	},
	(t) => [
		index().on(t.countyCode),
		check(
			'agreement_validity',
			sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`
		)
	]
);
