import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { parentRef, timestamps } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { countyRef, organisations } from '../counties/tables.ts';
import { ageBand } from '../stories/tables.ts';

/**
 * "Vad är viktigt för dig?": a county's open question to its citizens, the
 * anonymous answers, and the themes moderators group them into.
 * Part of the database schema (drizzle.config.ts); migrations come from it.
 */

export const campaigns = pgTable(
	'campaigns',
	{
		id: serial().primaryKey(),
		countyCode: countyRef(),
		/** the one open question */
		question: text().notNull(),
		/** a few words of background shown above the answer form */
		introduction: text().notNull().default(''),
		opensOn: date({ mode: 'string' }).notNull(),
		closesOn: date({ mode: 'string' }).notNull(),
		/** only people of this municipality are asked; null: the whole county */
		municipalityId: integer().references(() => organisations.id),
		/** only people of this age band are asked; null: every age */
		ageBand: ageBand(),
		createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
		/** every theming save increments it: two moderators at once are told */
		revision: integer().notNull().default(1),
		...timestamps
	},
	(t) => [index().on(t.countyCode), check('campaigns_period', sql`${t.opensOn} <= ${t.closesOn}`)]
);

/** A theme a moderator groups answers into. */
export const campaignThemes = pgTable('campaign_themes', {
	id: serial().primaryKey(),
	campaignId: parentRef(() => campaigns.id),
	name: text().notNull(),
	description: text().notNull().default(''),
	...timestamps
});

/**
 * An answer. Nothing that identifies the person is kept: no name, no
 * address, no moment (only the day, for the retention period); the
 * municipality and age band are the person's own, optional choices.
 */
export const campaignAnswers = pgTable(
	'campaign_answers',
	{
		id: serial().primaryKey(),
		campaignId: parentRef(() => campaigns.id),
		/** null once the retention period has passed (the counts remain) */
		answer: text(),
		municipalityId: integer().references(() => organisations.id),
		ageBand: ageBand(),
		consentQuote: boolean().notNull().default(false),
		consentTextVersion: text().notNull(),
		receivedOn: date({ mode: 'string' }).notNull(),
		themeId: integer().references(() => campaignThemes.id, { onDelete: 'set null' }),
		/** a moderator chose it as a quote (only with the person's consent) */
		quoted: boolean().notNull().default(false)
	},
	(t) => [
		index().on(t.campaignId),
		check('campaign_answers_quote_needs_consent', sql`not ${t.quoted} or ${t.consentQuote}`)
	]
);
