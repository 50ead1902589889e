import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { testUser, type TestUser } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { storyForm } from '../stories/fixture.ts';
import { moderateStory } from '../stories/moderation.server.ts';
import { reportStory, submitStory } from '../stories/service.server.ts';
import { stories, storyReports } from '../stories/tables.ts';
import { purgeExpired, retentionDays } from './purge.server.ts';
import { retentionPeriods } from './tables.ts';

/**
 * Retention with a moved clock: stories are moderated "now", then the purge
 * runs at later moments; only what is past its period goes.
 */

const database = databaseForFile();
let moderator: TestUser;
const day = 24 * 60 * 60 * 1000;
const t0 = new Date();
const later = (days: number) => new Date(t0.getTime() + days * day + 60_000);

let rejected: number, edited: number, plain: number;
let n = 0;
async function story(decision: Record<string, string>) {
	const form = await storyForm(database.db, t0);
	const sent = await submitStory(database.db, anonymous, '17', form, `10.5.5.${++n}`, t0);
	if (sent.kind !== 'ok') throw new Error(JSON.stringify(sent));
	const done = await moderateStory(
		database.db,
		moderator.actor,
		'17',
		sent.value.id,
		{ revision: '1', ...decision },
		t0
	);
	if (done.kind !== 'ok') throw new Error(JSON.stringify(done));
	return sent.value.id;
}
const row = async (id: number) =>
	(await database.db.select().from(stories).where(eq(stories.id, id)))[0];

beforeAll(async () => {
	moderator = await testUser(database.db, 'moderator');
	rejected = await story({ decision: 'reject', rejectionReason: 'Pekar ut en anställd.' });
	edited = await story({
		decision: 'publish_edited',
		title: 'Hemtjänsten',
		editedHappened: 'Min mamma fick hjälp av [namn].',
		editedMattered: 'Samma person.'
	});
	plain = await story({ decision: 'publish' });
	const form = await storyForm(database.db, t0);
	const reported = await reportStory(
		database.db,
		anonymous,
		'17',
		plain,
		{ ...form, reason: 'Fel kommun' },
		'10.6.6.6',
		t0
	);
	if (reported.kind !== 'ok') throw new Error(JSON.stringify(reported));
	await database.db.update(storyReports).set({ createdAt: t0 });
});

test('the default periods, and a county setting overrides one', async () => {
	expect(await retentionDays(database.db, '17')).toEqual({
		rejected_stories: 90,
		story_originals: 180,
		story_reports: 365,
		campaign_answers: 365,
		lived_experience_offers: 730
	});
	await database.db
		.insert(retentionPeriods)
		.values({ countyCode: '17', purpose: 'rejected_stories', days: 30 });
	expect((await retentionDays(database.db, '17')).rejected_stories).toBe(30);
});

test('before any period is over, nothing goes', async () => {
	expect(await purgeExpired(database.db, later(29))).toEqual({
		rejected_stories: 0,
		story_originals: 0,
		story_reports: 0,
		campaign_answers: 0,
		lived_experience_offers: 0
	});
	expect(await row(rejected)).toBeDefined();
});

test('after 30 days (the setting) the rejected story goes, whole; the rest stays', async () => {
	expect(await purgeExpired(database.db, later(30))).toMatchObject({
		rejected_stories: 1,
		story_originals: 0
	});
	expect(await row(rejected)).toBeUndefined();
	expect(await row(edited)).toMatchObject({ whatHappened: expect.stringContaining('Greta') });
	const entries = await auditOf(database.db, 'story', rejected);
	expect(entries.at(-1)).toMatchObject({
		action: 'purge',
		actorLabel: 'nara rensning',
		before: { purged: 'avböjd berättelse' }
	});
});

test('after 180 days the edited story keeps only its edited text; an unedited one is untouched', async () => {
	expect(await purgeExpired(database.db, later(180))).toMatchObject({
		story_originals: 1,
		story_reports: 0
	});
	expect(await row(edited)).toMatchObject({
		whatHappened: null,
		whatMattered: null,
		editedHappened: 'Min mamma fick hjälp av [namn].',
		status: 'published'
	});
	expect(await row(plain)).toMatchObject({
		whatHappened: expect.stringContaining('Greta'),
		status: 'published'
	});
});

test('after 365 days the report goes; running again deletes nothing more', async () => {
	expect(await purgeExpired(database.db, later(365))).toMatchObject({ story_reports: 1 });
	expect(
		await database.db.select().from(storyReports).where(eq(storyReports.storyId, plain))
	).toEqual([]);
	expect(await purgeExpired(database.db, later(400))).toEqual({
		rejected_stories: 0,
		story_originals: 0,
		story_reports: 0,
		campaign_answers: 0,
		lived_experience_offers: 0
	});
});
