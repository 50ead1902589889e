import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { auditMany } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { campaignAnswers, campaigns } from '../campaigns/tables.ts';
import { counties } from '../counties/tables.ts';
import { livedExperienceOffers, participantAssignments } from '../lived-experience/tables.ts';
import { stories, storyReports } from '../stories/tables.ts';
import {
	cutoff,
	RETENTION,
	RETENTION_PURPOSES,
	type RetentionPurpose
} from './domain/retention.ts';
import { retentionPeriods } from './tables.ts';

/**
 * Retention: what has been kept past its period is deleted. A plain use case
 * `(db, now)` for the job queue to run daily (and `nara personuppgifter
 * rensa` by hand). Each deletion is recorded in the audit log as `purge`,
 * without what was deleted.
 */

export type PurgeOutcome = Record<RetentionPurpose, number>;

/** The county's retention period of each purpose, in days: its setting, or the default. */
export async function retentionDays(
	db: Db | Tx,
	countyCode: string
): Promise<Record<RetentionPurpose, number>> {
	const rows = await db
		.select({ purpose: retentionPeriods.purpose, days: retentionPeriods.days })
		.from(retentionPeriods)
		.where(eq(retentionPeriods.countyCode, countyCode));
	const set = new Map(rows.map((r) => [r.purpose, r.days]));
	return Object.fromEntries(
		RETENTION_PURPOSES.map((p) => [p, set.get(p) ?? RETENTION[p].defaultDays])
	) as Record<RetentionPurpose, number>;
}

/** Purges every county; the counts are over all counties. */
export async function purgeExpired(
	db: Db,
	now: Date,
	actor: Actor = { kind: 'system', label: 'nara rensning' }
): Promise<PurgeOutcome> {
	const total: PurgeOutcome = {
		rejected_stories: 0,
		story_originals: 0,
		story_reports: 0,
		campaign_answers: 0,
		lived_experience_offers: 0
	};
	const all = await db.select({ code: counties.code }).from(counties);
	for (const { code } of all) {
		const done = await db.transaction((tx) => purgeCounty(tx, actor, code, now));
		for (const p of RETENTION_PURPOSES) total[p] += done[p];
	}
	return total;
}

async function purgeCounty(tx: Tx, actor: Actor, countyCode: string, now: Date) {
	const days = await retentionDays(tx, countyCode);
	const before = (p: RetentionPurpose) => cutoff(now, days[p]);
	const rejected = await tx
		.delete(stories)
		.where(
			and(
				eq(stories.countyCode, countyCode),
				eq(stories.status, 'rejected'),
				lt(stories.moderatedAt, before('rejected_stories'))
			)
		)
		.returning({ id: stories.id });
	const originals = await tx
		.update(stories)
		.set({ whatHappened: null, whatMattered: null, updatedAt: sql`now()` })
		.where(
			and(
				eq(stories.countyCode, countyCode),
				isNotNull(stories.editedHappened),
				isNotNull(stories.whatHappened),
				lt(stories.moderatedAt, before('story_originals'))
			)
		)
		.returning({ id: stories.id });
	const reports = await tx
		.delete(storyReports)
		.where(
			and(
				lt(storyReports.createdAt, before('story_reports')),
				sql`${storyReports.storyId} in (select id from ${stories} where ${stories.countyCode} = ${countyCode})`
			)
		)
		.returning({ id: storyReports.id, storyId: storyReports.storyId });
	// an answer's text goes; its theme, municipality and age band stay for the summary's
	// counts, and a quote the person consented to and a moderator published stays with them
	const answers = await tx
		.update(campaignAnswers)
		.set({ answer: null })
		.where(
			and(
				isNotNull(campaignAnswers.answer),
				eq(campaignAnswers.quoted, false),
				lt(campaignAnswers.receivedOn, isoDay(before('campaign_answers'))),
				sql`${campaignAnswers.campaignId} in (select id from ${campaigns} where ${campaigns.countyCode} = ${countyCode})`
			)
		)
		.returning({ id: campaignAnswers.id, campaignId: campaignAnswers.campaignId });
	// an offer goes when its period has passed since it was made and since its latest assignment
	const offerCutoff = before('lived_experience_offers');
	const offers = await tx
		.delete(livedExperienceOffers)
		.where(
			and(
				eq(livedExperienceOffers.countyCode, countyCode),
				lt(livedExperienceOffers.createdAt, offerCutoff),
				sql`not exists (select 1 from ${participantAssignments} a where a.offer_id = ${livedExperienceOffers.id} and a.created_at >= ${offerCutoff.toISOString()}::timestamptz)`
			)
		)
		.returning({ id: livedExperienceOffers.id });
	const entry = (what: string, id: number, entityType = 'story') => ({
		action: 'purge',
		entityType,
		entityId: id,
		countyCode,
		before: { purged: what },
		after: null
	});
	await auditMany(tx, actor, [
		...rejected.map((r) => entry('avböjd berättelse', r.id)),
		...originals.map((r) => entry('originaltext', r.id)),
		...reports.map((r) => entry('anmälan', r.storyId)),
		...answers.map((r) => entry('svarstext', r.campaignId, 'campaign')),
		...offers.map((r) => entry('anmälan', r.id, 'lived_experience_offer'))
	]);
	return {
		rejected_stories: rejected.length,
		story_originals: originals.length,
		story_reports: reports.length,
		campaign_answers: answers.length,
		lived_experience_offers: offers.length
	};
}

/** YYYY-MM-DD of an instant (UTC): answers keep only their day. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
