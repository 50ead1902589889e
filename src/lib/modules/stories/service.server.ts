import { createHash, randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { takeRate } from '../../platform/rate-limit.ts';
import { guardSubmission } from '../privacy/index.server.ts';
import { afterReport, REPORTS_TO_HIDE } from './domain/moderation.ts';
import { CONSENT_TEXT } from './domain/vocabulary.ts';
import { municipalitiesOf } from './queries.server.ts';
import { ReportInput, StoryInput, WithdrawInput, type StoryReceipt } from './schema.ts';
import { stories, storyReports } from './tables.ts';

/**
 * What anyone may do with stories, without an account: tell one (with
 * consents, behind the form guard), withdraw one's own with its code, report
 * a published one. Every write is audited; the audit log never holds the
 * story's text, so a withdrawn story leaves nothing of what it said.
 */

export const ENTITY = 'story';

/** Twelve characters without the ones people confuse (0/O, 1/I/L): about 60 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newWithdrawalCode(): string {
	return Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}
export const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** The code as people write it down: ABCD-EFGH-JKMN. */
export const formatCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** What the audit log keeps of a story: never its text. */
export const auditedFields = (row: typeof stories.$inferSelect) => ({
	status: row.status,
	municipalityId: row.municipalityId,
	careKind: row.careKind,
	ageBand: row.ageBand,
	consentPublish: row.consentPublish,
	consentQuote: row.consentQuote,
	consentOpenData: row.consentOpenData,
	consentTextVersion: row.consentTextVersion,
	edited: row.editedHappened !== null,
	openReports: row.openReports
});

const notSaved = 'Berättelsen kunde inte skickas.';

/**
 * A citizen (or a member of staff) tells a story. It waits for a moderator;
 * the answer holds the withdrawal code, shown once and kept only as a hash.
 * `address` is the sender's IP address, for the rate limit; it is not stored.
 */
export async function submitStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, string | boolean | undefined>,
	address: string,
	now = new Date()
): Promise<Outcome<StoryReceipt>> {
	const parsed = StoryInput.safeParse(values);
	if (!parsed.success) return invalid(notSaved, fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const municipalities = await municipalitiesOf(db, countyCode);
	if (!municipalities.some((m) => m.id === input.municipalityId))
		return invalid(notSaved, { municipalityId: ['Välj kommunen där det hände.'] });
	if (actor.kind !== 'system') {
		const refused = await guardSubmission(
			db,
			'story',
			values as Record<string, string>,
			address,
			now.getTime()
		);
		if (refused) return refused;
	}
	const code = newWithdrawalCode();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(stories)
			.values({
				countyCode,
				municipalityId: input.municipalityId,
				careKind: input.careKind,
				ageBand: input.ageBand ?? null,
				authorKind: input.authorKind,
				title: input.title,
				whatHappened: input.whatHappened,
				whatMattered: input.whatMattered,
				consentPublish: input.consentPublish,
				consentQuote: input.consentQuote,
				consentOpenData: input.consentOpenData,
				consentTextVersion: CONSENT_TEXT.version,
				consentedAt: now,
				withdrawalHash: hashCode(code)
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: ENTITY,
			entityId: row!.id,
			countyCode,
			before: null,
			after: auditedFields(row!)
		});
		return ok({ id: row!.id, withdrawalCode: code });
	});
}

/**
 * The author withdraws a story with its code: the story is deleted whole
 * (original, edited version, tags, answers, reports). The audit log records
 * that a story was withdrawn, not what it said. Ten tries per hour per address.
 */
export async function withdrawStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, unknown>,
	address: string
): Promise<Outcome<{ id: number }>> {
	const parsed = WithdrawInput.safeParse(values);
	if (!parsed.success)
		return invalid('Berättelsen kunde inte tas bort.', fieldErrors(parsed.error.issues));
	const rate = await takeRate(
		db,
		{ bucket: 'story-withdraw', max: 10, windowSeconds: 3600 },
		address
	);
	if (!rate.allowed)
		return {
			kind: 'too_many',
			message: 'Du har försökt med många koder den senaste timmen. Försök igen om en stund.'
		};
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(stories)
			.where(
				and(
					eq(stories.countyCode, countyCode),
					eq(stories.withdrawalHash, hashCode(parsed.data.code))
				)
			)
			.returning();
		if (!row)
			return invalid('Berättelsen kunde inte tas bort.', {
				code: ['Ingen berättelse har den koden. Kontrollera att du skrivit av den rätt.']
			});
		await audit(tx, actor, {
			action: 'withdraw',
			entityType: ENTITY,
			entityId: row.id,
			countyCode,
			before: { status: row.status },
			after: null
		});
		return ok({ id: row.id });
	});
}

/**
 * A reader reports a published story, with a reason. After REPORTS_TO_HIDE
 * reports since a moderator last looked, the story is hidden until one does.
 */
export async function reportStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, string>,
	address: string,
	now = new Date()
): Promise<Outcome<{ hidden: boolean }>> {
	const parsed = ReportInput.safeParse(values);
	if (!parsed.success)
		return invalid('Anmälan kunde inte skickas.', fieldErrors(parsed.error.issues));
	if (actor.kind !== 'system') {
		const refused = await guardSubmission(db, 'story-report', values, address, now.getTime());
		if (refused) return refused;
	}
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(stories)
			.where(and(eq(stories.id, id), eq(stories.countyCode, countyCode)))
			.for('update');
		if (!row || row.status !== 'published') return notFound('Berättelsen finns inte.');
		const next = afterReport(row.status, row.openReports, REPORTS_TO_HIDE);
		await tx.insert(storyReports).values({ storyId: id, reason: parsed.data.reason });
		const [after] = await tx
			.update(stories)
			.set({ ...next, updatedAt: sql`now()` })
			.where(eq(stories.id, id))
			.returning();
		await audit(tx, actor, {
			action: 'report',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before: { status: row.status, openReports: row.openReports },
			after: { status: after!.status, openReports: after!.openReports }
		});
		return ok({ hidden: after!.status === 'hidden' });
	});
}
