import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { countyMunicipalities } from '../counties/index.server.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { phaseOn } from './domain/vocabulary.ts';
import type { Campaign } from './schema.ts';
import { campaignAnswers, campaigns, campaignThemes } from './tables.ts';

/** The campaigns' reads from the database; no access checks (the services do those). */

type Row = typeof campaigns.$inferSelect;
export type Named = { id: number; name: string };

export const municipalitiesOf = countyMunicipalities;

export async function campaignRow(db: Db | Tx, countyCode: string, id: number) {
	const [row] = await db
		.select()
		.from(campaigns)
		.where(and(eq(campaigns.id, id), eq(campaigns.countyCode, countyCode)));
	return row;
}

/** A campaign as the API shows it, its phase on `today`. */
export function asCampaign(row: Row, municipalities: Named[], today: string): Campaign {
	return {
		id: row.id,
		question: row.question,
		introduction: row.introduction,
		opensOn: row.opensOn,
		closesOn: row.closesOn,
		phase: phaseOn(row, today),
		municipality: municipalities.find((m) => m.id === row.municipalityId) ?? null,
		ageBand: row.ageBand
	};
}

export function campaignRows(db: Db, countyCode: string) {
	return db
		.select()
		.from(campaigns)
		.where(eq(campaigns.countyCode, countyCode))
		.orderBy(desc(campaigns.opensOn), desc(campaigns.id));
}

export function themesOf(db: Db | Tx, campaignId: number) {
	return db
		.select({
			id: campaignThemes.id,
			name: campaignThemes.name,
			description: campaignThemes.description
		})
		.from(campaignThemes)
		.where(eq(campaignThemes.campaignId, campaignId))
		.orderBy(asc(campaignThemes.id));
}

export function answersOf(db: Db | Tx, campaignId: number) {
	return db
		.select()
		.from(campaignAnswers)
		.where(eq(campaignAnswers.campaignId, campaignId))
		.orderBy(asc(campaignAnswers.id));
}

export function answersByIds(tx: Tx, campaignId: number, ids: number[]) {
	return ids.length === 0
		? Promise.resolve([])
		: tx
				.select()
				.from(campaignAnswers)
				.where(and(eq(campaignAnswers.campaignId, campaignId), inArray(campaignAnswers.id, ids)));
}
