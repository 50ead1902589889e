import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { AGE_BAND_LABELS, AGE_BANDS } from '../stories/index.ts';
import { canThemeAnswers } from './domain/permissions.ts';
import { summarise } from './domain/summary.ts';
import { MIN_GROUP_SIZE } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import type { Campaign, CampaignAnswers, CampaignSummary } from './schema.ts';

/** Reading campaigns: the public list and summaries, and the answers for moderators. */

/** The date in Sweden at an instant, YYYY-MM-DD. */
export const swedishDate = (now: Date) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);

const noCampaign = () => notFound<never>('Frågan finns inte.');

/** The county's campaigns, newest first. */
export async function campaignList(
	db: Db,
	countyCode: string,
	now = new Date()
): Promise<Outcome<{ campaigns: Campaign[] }>> {
	const [rows, municipalities] = await Promise.all([
		q.campaignRows(db, countyCode),
		q.municipalitiesOf(db, countyCode)
	]);
	return ok({ campaigns: rows.map((r) => q.asCampaign(r, municipalities, swedishDate(now))) });
}

/** One campaign and the municipalities a person may choose when answering it. */
export async function campaignForAnswer(
	db: Db,
	countyCode: string,
	id: number,
	now = new Date()
): Promise<Outcome<{ campaign: Campaign; municipalities: q.Named[] }>> {
	const row = await q.campaignRow(db, countyCode, id);
	if (!row) return noCampaign();
	const municipalities = await q.municipalitiesOf(db, countyCode);
	return ok({
		campaign: q.asCampaign(row, municipalities, swedishDate(now)),
		municipalities: row.municipalityId
			? municipalities.filter((m) => m.id === row.municipalityId)
			: municipalities
	});
}

/**
 * The public summary: themes with counts and consented quotes, and answers
 * per municipality and age band, no count below the minimum group size.
 */
export async function campaignSummary(
	db: Db,
	countyCode: string,
	id: number,
	now = new Date()
): Promise<Outcome<CampaignSummary>> {
	const row = await q.campaignRow(db, countyCode, id);
	if (!row) return noCampaign();
	const [municipalities, themes, answers] = await Promise.all([
		q.municipalitiesOf(db, countyCode),
		q.themesOf(db, id),
		q.answersOf(db, id)
	]);
	const summary = summarise({
		themes,
		municipalities,
		ageBands: AGE_BANDS.map((key) => ({ key, label: AGE_BAND_LABELS[key] })),
		answers: answers.map((a) => ({
			themeId: a.themeId,
			municipalityId: a.municipalityId,
			ageBand: a.ageBand,
			quote: a.quoted && a.consentQuote && a.answer !== null ? a.answer : null
		})),
		min: MIN_GROUP_SIZE
	});
	return ok({ campaign: q.asCampaign(row, municipalities, swedishDate(now)), ...summary });
}

/** Every answer of a campaign with its theme, for the moderators who group them. */
export async function campaignAnswers(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	now = new Date()
): Promise<Outcome<CampaignAnswers>> {
	if (!canThemeAnswers(actor, countyCode)) return forbidden();
	const row = await q.campaignRow(db, countyCode, id);
	if (!row) return noCampaign();
	const [municipalities, themes, answers] = await Promise.all([
		q.municipalitiesOf(db, countyCode),
		q.themesOf(db, id),
		q.answersOf(db, id)
	]);
	const names = new Map(municipalities.map((m) => [m.id, m.name]));
	return ok({
		campaign: q.asCampaign(row, municipalities, swedishDate(now)),
		revision: row.revision,
		themes,
		answers: answers.map((a) => ({
			id: a.id,
			answer: a.answer,
			municipality: a.municipalityId ? (names.get(a.municipalityId) ?? null) : null,
			ageBand: a.ageBand,
			consentQuote: a.consentQuote,
			receivedOn: a.receivedOn,
			themeId: a.themeId,
			quoted: a.quoted
		}))
	});
}

export const municipalities = q.municipalitiesOf;
