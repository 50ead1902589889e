import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit, auditMany } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { isConflict, saveRevision } from '../../platform/editing.ts';
import { guardSubmission } from '../privacy/index.server.ts';
import { canOpenCampaigns, canThemeAnswers } from './domain/permissions.ts';
import { ANSWER_CONSENT, phaseOn } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import { swedishDate } from './read.server.ts';
import { AnswerInput, CampaignInput, ThemesInput, ThemingInput } from './schema.ts';
import { campaignAnswers, campaigns, campaignThemes } from './tables.ts';

/**
 * The writes of "Vad är viktigt för dig?": a coordinator opens a campaign, a
 * citizen answers (anonymously, behind the form guard), a moderator adds
 * themes and groups the answers. Opening and theming are audited. An answer
 * is not: an audit entry would keep the moment it was sent, which with a web
 * server's log could point to the person; the answer keeps only its day.
 */

const ENTITY = 'campaign';
type Row = typeof campaigns.$inferSelect;
const noCampaign = () => notFound<never>('Frågan finns inte.');

/** A coordinator opens a campaign: one open question, a period, optionally whom it asks. */
export async function openCampaign(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number }>> {
	if (!canOpenCampaigns(actor, countyCode)) return forbidden();
	const parsed = CampaignInput.safeParse(values);
	if (!parsed.success)
		return invalid('Frågan kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	if (input.municipalityId !== undefined) {
		const known = await q.municipalitiesOf(db, countyCode);
		if (!known.some((m) => m.id === input.municipalityId))
			return invalid('Frågan kunde inte sparas.', {
				municipalityId: ['Välj en kommun i länet.']
			});
	}
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(campaigns)
			.values({
				countyCode,
				question: input.question,
				introduction: input.introduction,
				opensOn: input.opensOn,
				closesOn: input.closesOn,
				municipalityId: input.municipalityId ?? null,
				ageBand: input.ageBand ?? null,
				createdBy: actor.kind === 'user' ? actor.userId : null
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: ENTITY,
			entityId: row!.id,
			countyCode,
			before: null,
			after: {
				question: row!.question,
				opensOn: row!.opensOn,
				closesOn: row!.closesOn,
				municipalityId: row!.municipalityId,
				ageBand: row!.ageBand
			}
		});
		return ok({ id: row!.id });
	});
}

const notSent = 'Svaret kunde inte skickas.';

/**
 * Anyone answers an open campaign. Nothing that identifies the person is
 * stored: `address` serves the rate limit only. A campaign for one
 * municipality or age band records that one.
 */
export async function submitAnswer(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, string | boolean | undefined>,
	address: string,
	now = new Date()
): Promise<Outcome<{ campaignId: number }>> {
	const campaign = await q.campaignRow(db, countyCode, id);
	if (!campaign) return noCampaign();
	const phase = phaseOn(campaign, swedishDate(now));
	if (phase !== 'open')
		return invalid(notSent, {
			form: [
				phase === 'upcoming'
					? 'Frågan är inte öppen för svar ännu.'
					: 'Frågan är avslutad och tar inte emot fler svar.'
			]
		});
	const parsed = AnswerInput.safeParse(values);
	if (!parsed.success) return invalid(notSent, fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const municipalityId = campaign.municipalityId ?? input.municipalityId ?? null;
	if (municipalityId !== null && campaign.municipalityId === null) {
		const known = await q.municipalitiesOf(db, countyCode);
		if (!known.some((m) => m.id === municipalityId))
			return invalid(notSent, { municipalityId: ['Välj en kommun i listan.'] });
	}
	if (actor.kind !== 'system') {
		const refused = await guardSubmission(
			db,
			'campaign-answer',
			values as Record<string, string>,
			address,
			now.getTime()
		);
		if (refused) return refused;
	}
	await db.insert(campaignAnswers).values({
		campaignId: id,
		answer: input.answer,
		municipalityId,
		ageBand: campaign.ageBand ?? input.ageBand ?? null,
		consentQuote: input.consentQuote,
		consentTextVersion: ANSWER_CONSENT.version,
		receivedOn: swedishDate(now)
	});
	return ok({ campaignId: id });
}

/** A moderator adds themes to a campaign (each audited). */
export async function addThemes(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number; themes: number[] }>> {
	if (!canThemeAnswers(actor, countyCode)) return forbidden();
	const parsed = ThemesInput.safeParse(values);
	if (!parsed.success)
		return invalid('Temana kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		if (!(await q.campaignRow(tx, countyCode, id))) return noCampaign();
		const existing = new Set((await q.themesOf(tx, id)).map((t) => t.name.toLowerCase()));
		const names = [...new Set(parsed.data.names)];
		const twice = names.filter((n) => existing.has(n.toLowerCase()));
		if (twice.length)
			return invalid('Temana kunde inte sparas.', {
				names: [`Temat finns redan: ${twice.join(', ')}.`]
			});
		const rows = await tx
			.insert(campaignThemes)
			.values(names.map((name) => ({ campaignId: id, name })))
			.returning();
		await auditMany(
			tx,
			actor,
			rows.map((r) => ({
				action: 'create',
				entityType: 'campaign_theme',
				entityId: r.id,
				countyCode,
				before: null,
				after: { campaignId: id, name: r.name }
			}))
		);
		return ok({ id, themes: rows.map((r) => r.id) });
	});
}

const CONFLICT =
	'Någon annan har grupperat svaren medan du arbetade. Ingenting har sparats; ladda om sidan.';

/**
 * A moderator groups answers into themes and chooses quotes, all at once on
 * the campaign's revision (a stale revision is a conflict). Audited: which
 * answers changed theme or quote, never their text.
 */
export async function themeAnswers(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number; revision: number }>> {
	if (!canThemeAnswers(actor, countyCode)) return forbidden();
	const parsed = ThemingInput.safeParse(values);
	if (!parsed.success)
		return invalid('Grupperingen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		if (!(await q.campaignRow(tx, countyCode, id))) return noCampaign();
		const themes = new Set((await q.themesOf(tx, id)).map((t) => t.id));
		const rows = await q.answersByIds(
			tx,
			id,
			input.answers.map((a) => a.id)
		);
		const byId = new Map(rows.map((r) => [r.id, r]));
		const errors: Record<string, string[]> = {};
		for (const a of input.answers) {
			const row = byId.get(a.id);
			if (!row) errors[`theme-${a.id}`] = ['Svaret finns inte i den här frågan.'];
			else if (a.themeId !== null && !themes.has(a.themeId))
				errors[`theme-${a.id}`] = ['Välj ett av frågans teman.'];
			else if (a.quoted && !row.consentQuote)
				errors[`quote-${a.id}`] = ['Den som svarade har inte samtyckt till att citeras.'];
		}
		if (Object.keys(errors).length) return invalid('Grupperingen kunde inte sparas.', errors);
		const saved = await saveRevision<Row>(tx, campaigns, ENTITY, id, input.revision, {});
		if (!saved) return noCampaign();
		if (isConflict<Row>(saved)) return { kind: 'conflict', message: CONFLICT };
		const changed = input.answers.filter((a) => {
			const row = byId.get(a.id)!;
			return row.themeId !== a.themeId || row.quoted !== a.quoted;
		});
		for (const a of changed)
			await tx
				.update(campaignAnswers)
				.set({ themeId: a.themeId, quoted: a.quoted })
				.where(eq(campaignAnswers.id, a.id));
		await audit(tx, actor, {
			action: 'theme',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before: {
				answers: changed.map((a) => {
					const row = byId.get(a.id)!;
					return { answerId: a.id, themeId: row.themeId, quoted: row.quoted };
				})
			},
			after: {
				answers: changed.map((a) => ({ answerId: a.id, themeId: a.themeId, quoted: a.quoted }))
			}
		});
		return ok({ id, revision: saved.after.revision });
	});
}
