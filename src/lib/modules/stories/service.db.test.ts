import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, testUser, type TestUser } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { auditLog } from '../../platform/db/tables.ts';
import { firstStatement, storyForm } from './fixture.ts';
import { answerStory, moderateStory, tagStory } from './moderation.server.ts';
import * as reads from './read.server.ts';
import { reportStory, submitStory, withdrawStory } from './service.server.ts';
import { stories, storyReports } from './tables.ts';

const database = databaseForFile();
const { coordinator, editor, reader } = castForFile(database, 'coordinator', 'editor', 'reader');
let moderator: TestUser;
beforeAll(async () => {
	moderator = await testUser(database.db, 'moderator');
});

const now = new Date();
let address = 0;
/** A citizen submits the story with `fields` changed, from an address of their own. */
async function submit(fields: Record<string, string> = {}) {
	return submitStory(
		database.db,
		anonymous,
		'17',
		await storyForm(database.db, now, fields),
		`10.0.0.${++address}`,
		now
	);
}
async function submitted(fields: Record<string, string> = {}) {
	const r = await submit(fields);
	if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
	return r.value;
}
const row = async (id: number) =>
	(await database.db.select().from(stories).where(eq(stories.id, id)))[0];

describe('a citizen tells a story, a moderator publishes it edited, the author withdraws it', () => {
	test('the whole path', async () => {
		const { id, withdrawalCode } = await submitted();
		expect(withdrawalCode).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
		const waiting = await row(id);
		expect(waiting).toMatchObject({ status: 'pending', consentPublish: true, consentQuote: false });
		expect(waiting!.consentTextVersion).toBe('2026-12-01');
		expect(waiting!.withdrawalHash).not.toContain(withdrawalCode);
		expect(await reads.publishedStory(database.db, '17', id)).toMatchObject({ kind: 'not_found' });

		const statement = await firstStatement(database.db);
		const published = await moderateStory(database.db, moderator.actor, '17', id, {
			decision: 'publish_edited',
			revision: '1',
			title: 'Hemtjänsten kom i tid',
			editedHappened: 'Min mamma fick hjälp av [namn] på hemtjänsten varje morgon.',
			editedMattered: 'Att samma person kom och kände henne.'
		});
		expect(published).toEqual({ kind: 'ok', value: { id, status: 'published' } });
		expect(
			await tagStory(database.db, moderator.actor, '17', id, {
				revision: '2',
				statements: String(statement.id),
				shifts: 'person,coordination',
				initiatives: '',
				processes: ''
			})
		).toMatchObject({ kind: 'ok' });

		const shown = await reads.publishedStory(database.db, '17', id);
		if (shown.kind !== 'ok') throw new Error(shown.kind);
		expect(shown.value.whatHappened).toBe(
			'Min mamma fick hjälp av [namn] på hemtjänsten varje morgon.'
		);
		expect(JSON.stringify(shown.value)).not.toContain('Greta');
		expect(shown.value.statements).toEqual([{ id: statement.id, name: statement.title }]);
		expect(shown.value.shifts).toEqual(['person', 'coordination']);
		const byStatement = await reads.storiesByStatement(database.db, '17', [statement.id]);
		expect(byStatement.get(statement.id)).toContainEqual({ id, name: 'Hemtjänsten kom i tid' });
		// the original stays internal, for the moderator
		const queued = await reads.storyForModeration(database.db, moderator.actor, '17', id);
		expect(queued).toMatchObject({
			kind: 'ok',
			value: { original: { whatHappened: expect.stringContaining('Greta') } }
		});

		const withdrawn = await withdrawStory(
			database.db,
			anonymous,
			'17',
			{ code: withdrawalCode.toLowerCase().replace(/(.{4})/g, '$1-') },
			'10.9.9.9'
		);
		expect(withdrawn).toEqual({ kind: 'ok', value: { id } });
		expect(await row(id)).toBeUndefined();
		expect(
			(await reads.storiesByStatement(database.db, '17', [statement.id])).get(statement.id) ?? []
		).not.toContainEqual({ id, name: 'Hemtjänsten kom i tid' });

		const entries = await auditOf(database.db, 'story', id);
		expect(entries.map((e) => [e.action, e.actorLabel === 'anonym'])).toEqual([
			['create', true],
			['publish_edited', false],
			['tag', false],
			['withdraw', true]
		]);
		// the audit log never held what the story said
		expect(JSON.stringify(entries)).not.toMatch(/Greta|hemtjänsten|\[namn\]/i);
	});

	test('a wrong code removes nothing and says so', async () => {
		const { id } = await submitted();
		expect(
			await withdrawStory(database.db, anonymous, '17', { code: 'AAAA-BBBB-CCCC' }, '10.9.9.8')
		).toEqual({
			kind: 'invalid',
			message: 'Berättelsen kunde inte tas bort.',
			fields: { code: ['Ingen berättelse har den koden. Kontrollera att du skrivit av den rätt.'] }
		});
		expect(await row(id)).toBeDefined();
	});
});

describe('bad input and spam write nothing', () => {
	test.each([
		[
			'no consent at all',
			{ consentPublish: '' },
			'consentPublish',
			'Kryssa i minst ett samtycke. Utan samtycke kan berättelsen inte användas, och då sparar vi den inte.'
		],
		['no municipality', { municipalityId: '' }, 'municipalityId', 'Välj kommunen där det hände.'],
		[
			'a municipality of another county',
			{ municipalityId: '999999' },
			'municipalityId',
			'Välj kommunen där det hände.'
		],
		[
			'an unknown kind of care',
			{ careKind: 'spa' },
			'careKind',
			'Välj vilken sorts vård eller omsorg det gällde.'
		],
		['an empty story', { whatHappened: '   ' }, 'whatHappened', 'Skriv vad som hände.'],
		[
			'the honeypot filled in',
			{ webbplats: 'http://spam.example' },
			'webbplats',
			'Formuläret kunde inte skickas. Lämna fältet ”Webbplats” tomt.'
		]
	])('%s', async (_name, fields, field, message) => {
		const before = await rowCount(database.db, stories);
		const audits = await rowCount(database.db, auditLog);
		const r = await submit(fields);
		expect(r.kind).toBe('invalid');
		if (r.kind === 'invalid') expect(r.fields[field]).toEqual([message]);
		expect(await rowCount(database.db, stories)).toBe(before);
		expect(await rowCount(database.db, auditLog)).toBe(audits);
	});

	test('a form sent a second after it was shown, or with a forged stamp, is refused', async () => {
		const form = await storyForm(database.db, now);
		const fast = {
			...form,
			formstart: (await storyForm(database.db, new Date(now.getTime() + 59_000))).formstart
		};
		expect(await submitStory(database.db, anonymous, '17', fast, '10.1.1.1', now)).toMatchObject({
			kind: 'invalid',
			message: 'Formuläret skickades för snabbt. Läs igenom det och skicka igen.'
		});
		const forged = { ...form, formstart: `${now.getTime() - 60_000}.AAAA` };
		expect(await submitStory(database.db, anonymous, '17', forged, '10.1.1.1', now)).toMatchObject({
			kind: 'invalid',
			message: 'Formuläret saknar sin tidsstämpel. Ladda om sidan och skicka igen.'
		});
	});

	test('the eleventh story in an hour from one address is refused', async () => {
		const form = await storyForm(database.db, now);
		for (let i = 0; i < 10; i++)
			expect((await submitStory(database.db, anonymous, '17', form, '10.2.2.2', now)).kind).toBe(
				'ok'
			);
		const before = await rowCount(database.db, stories);
		expect(await submitStory(database.db, anonymous, '17', form, '10.2.2.2', now)).toMatchObject({
			kind: 'too_many'
		});
		expect(await rowCount(database.db, stories)).toBe(before);
	});
});

describe('moderation', () => {
	test.each([
		['anonymous', () => anonymous],
		['a reader', () => reader.actor],
		['an editor', () => editor.actor],
		['a coordinator', () => coordinator.actor]
	])('%s may not moderate', async (_who, actor) => {
		const { id } = await submitted();
		expect(
			await moderateStory(database.db, actor(), '17', id, { decision: 'publish', revision: '1' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await row(id)).toMatchObject({ status: 'pending', revision: 1 });
	});

	test('a rejection needs a reason, and is kept with it', async () => {
		const { id } = await submitted();
		expect(
			await moderateStory(database.db, moderator.actor, '17', id, {
				decision: 'reject',
				revision: '1',
				rejectionReason: ''
			})
		).toMatchObject({
			kind: 'invalid',
			fields: { rejectionReason: ['Skriv skälet till att berättelsen avböjs.'] }
		});
		expect(
			await moderateStory(database.db, moderator.actor, '17', id, {
				decision: 'reject',
				revision: '1',
				rejectionReason: 'Handlar om en namngiven anställd.'
			})
		).toMatchObject({ kind: 'ok', value: { status: 'rejected' } });
		expect(await row(id)).toMatchObject({
			status: 'rejected',
			rejectionReason: 'Handlar om en namngiven anställd.'
		});
	});

	test('a story without consent to publish cannot be published', async () => {
		const { id } = await submitted({ consentPublish: '', consentQuote: 'on' });
		expect(
			await moderateStory(database.db, moderator.actor, '17', id, {
				decision: 'publish',
				revision: '1'
			})
		).toMatchObject({
			kind: 'invalid',
			fields: {
				decision: ['Författaren har inte samtyckt till att berättelsen publiceras på webbplatsen.']
			}
		});
	});

	test('two moderators on the same story: the second is told, nothing overwritten', async () => {
		const { id } = await submitted();
		await moderateStory(database.db, moderator.actor, '17', id, {
			decision: 'publish',
			revision: '1'
		});
		expect(
			await moderateStory(database.db, moderator.actor, '17', id, {
				decision: 'reject',
				revision: '1',
				rejectionReason: 'x'
			})
		).toMatchObject({ kind: 'conflict' });
		expect(await row(id)).toMatchObject({ status: 'published' });
	});

	test('three reports hide a story until a moderator looks again', async () => {
		const { id } = await submitted();
		await moderateStory(database.db, moderator.actor, '17', id, {
			decision: 'publish',
			revision: '1'
		});
		const report = async (n: number) =>
			reportStory(
				database.db,
				anonymous,
				'17',
				id,
				{
					reason: `Kränkande ${n}`,
					formstart: (await storyForm(database.db, now)).formstart,
					webbplats: ''
				},
				`10.3.3.${n}`,
				now
			);
		expect(await report(1)).toEqual({ kind: 'ok', value: { hidden: false } });
		expect(await report(2)).toEqual({ kind: 'ok', value: { hidden: false } });
		expect(await report(3)).toEqual({ kind: 'ok', value: { hidden: true } });
		expect(await reads.publishedStory(database.db, '17', id)).toMatchObject({ kind: 'not_found' });
		expect(await report(4)).toMatchObject({ kind: 'not_found' });
		const queue = await reads.moderationQueue(database.db, moderator.actor, '17');
		if (queue.kind !== 'ok') throw new Error(queue.kind);
		const hidden = queue.value.waiting.find((s) => s.id === id)!;
		expect(hidden).toMatchObject({ status: 'hidden', openReports: 3 });
		expect(hidden.reports.map((r) => r.reason).sort()).toEqual([
			'Kränkande 1',
			'Kränkande 2',
			'Kränkande 3'
		]);
		expect(
			await moderateStory(database.db, moderator.actor, '17', id, {
				decision: 'publish',
				revision: String(hidden.revision)
			})
		).toMatchObject({ kind: 'ok' });
		expect(await row(id)).toMatchObject({ status: 'published', openReports: 0 });
		expect(await rowCount(database.db, storyReports)).toBeGreaterThanOrEqual(3);
	});
});

describe('answers', () => {
	test("an editor answers for their own organisation, in public; not for another's", async () => {
		const { id } = await submitted();
		await moderateStory(database.db, moderator.actor, '17', id, {
			decision: 'publish',
			revision: '1'
		});
		const own = editor.actor.kind === 'user' ? editor.actor.roles[0]!.organisationId! : 0;
		expect(
			await answerStory(database.db, editor.actor, '17', id, {
				organisationId: String(own + 1),
				body: 'Tack'
			})
		).toMatchObject({ kind: 'forbidden' });
		expect(
			await answerStory(database.db, editor.actor, '17', id, {
				organisationId: String(own),
				body: '<script>alert(1)</script> Tack för att du berättade.'
			})
		).toMatchObject({ kind: 'ok' });
		const shown = await reads.publishedStory(database.db, '17', id);
		expect(shown).toMatchObject({
			kind: 'ok',
			value: {
				answers: [
					{
						organisation: 'Arvika kommun',
						body: '<script>alert(1)</script> Tack för att du berättade.'
					}
				]
			}
		});
		expect(
			await answerStory(database.db, editor.actor, '17', id, {
				organisationId: String(own),
				body: 'Igen'
			})
		).toMatchObject({ kind: 'invalid' });
	});
});
