import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import {
	castForFile,
	organisationId,
	testUser,
	type TestUser
} from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import { formStamp } from '../privacy/index.server.ts';
import { purgeExpired } from '../privacy/purge.server.ts';
import { campaignAnswers, campaignList, campaignSummary } from './read.server.ts';
import { addThemes, openCampaign, submitAnswer, themeAnswers } from './service.server.ts';
import * as t from './tables.ts';

/**
 * "Vad är viktigt för dig?" against the database: a coordinator opens a
 * campaign, 30 people answer, a moderator themes the answers, and the public
 * summary shows no count below the minimum group size; bad input writes
 * nothing; two moderators at once are told; retention with a moved clock.
 */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
let moderator: TestUser;
let arvika: number, eda: number;
const system: Actor = { kind: 'system', label: 'nara test' };
const now = new Date('2027-06-15T10:00:00Z');
const day = 24 * 60 * 60 * 1000;
beforeAll(async () => {
	moderator = await testUser(database.db, 'moderator');
	arvika = await organisationId(database.db, 'Arvika kommun');
	eda = await organisationId(database.db, 'Eda kommun');
});

const question = {
	question: 'Vad är viktigt för dig när du möter vården?',
	introduction: 'Fokusveckan i juni.',
	opensOn: '2027-06-01',
	closesOn: '2027-06-30'
};
let id = 0;
let address = 0;

async function answer(fields: Record<string, string>, actor: Actor = system) {
	const values = {
		formstart: await formStamp(database.db, now.getTime() - 60_000),
		webbplats: '',
		...fields
	};
	return submitAnswer(database.db, actor, '17', id, values, `10.9.0.${++address}`, now);
}

describe('a campaign from question to public summary', () => {
	test('bad input: Swedish messages and nothing written; a reader may not open one', async () => {
		const before = await rowCount(database.db, t.campaigns);
		const bad = await openCampaign(database.db, coordinator.actor, '17', {
			question: ' ',
			opensOn: '2027-02-30',
			closesOn: '2027-01-01'
		});
		expect(bad).toMatchObject({
			kind: 'invalid',
			fields: {
				question: ['Skriv frågan.'],
				opensOn: ['Datumet finns inte i kalendern (eller ligger före år 2000 eller efter 2100).']
			}
		});
		const backwards = await openCampaign(database.db, coordinator.actor, '17', {
			...question,
			opensOn: '2027-07-01'
		});
		expect(backwards).toMatchObject({
			fields: { closesOn: ['Sista dagen kan inte ligga före första dagen.'] }
		});
		expect(await openCampaign(database.db, reader.actor, '17', question)).toMatchObject({
			kind: 'forbidden'
		});
		expect(await rowCount(database.db, t.campaigns)).toBe(before);
	});

	test('a coordinator opens it; audited', async () => {
		const opened = await openCampaign(database.db, coordinator.actor, '17', question);
		if (opened.kind !== 'ok') throw new Error(JSON.stringify(opened));
		id = opened.value.id;
		const [entry] = await auditOf(database.db, 'campaign', id);
		expect(entry).toMatchObject({ action: 'create', actorUserId: coordinator.actor.userId });
		const list = await campaignList(database.db, '17', now);
		expect(list.kind === 'ok' && list.value.campaigns.find((c) => c.id === id)?.phase).toBe('open');
	});

	test('an anonymous answer passes the form guard and keeps nothing that identifies', async () => {
		const sent = await answer(
			{ answer: 'Att samma sköterska kommer.', municipalityId: String(arvika), consentQuote: 'on' },
			anonymous
		);
		expect(sent).toEqual({ kind: 'ok', value: { campaignId: id } });
		const bot = await answer({ answer: 'spam', webbplats: 'http://spam' }, anonymous);
		expect(bot).toMatchObject({ kind: 'invalid' });
		const empty = await answer({ answer: '' }, anonymous);
		expect(empty).toMatchObject({ kind: 'invalid', fields: { answer: ['Skriv ditt svar.'] } });
		const rows = await database.db
			.select()
			.from(t.campaignAnswers)
			.where(eq(t.campaignAnswers.campaignId, id));
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0]!).sort()).toEqual(
			[
				'ageBand',
				'answer',
				'campaignId',
				'consentQuote',
				'consentTextVersion',
				'id',
				'municipalityId',
				'quoted',
				'receivedOn',
				'themeId'
			].sort()
		);
		expect(rows[0]!.receivedOn).toBe('2027-06-15');
	});

	test('a closed campaign takes no answers', async () => {
		const late = await submitAnswer(
			database.db,
			system,
			'17',
			id,
			{ answer: 'Sent' },
			'10.9.9.9',
			new Date('2027-07-01T10:00:00Z')
		);
		expect(late).toMatchObject({
			kind: 'invalid',
			fields: { form: ['Frågan är avslutad och tar inte emot fler svar.'] }
		});
	});

	test('30 answers, themed by a moderator: the summary hides every small group', async () => {
		// 1 already; 16 more and 3 left unthemed from Arvika, 8 from Eda, 2 without a municipality
		for (let i = 0; i < 16; i++)
			await answer({ answer: `Kontinuitet ${i}`, municipalityId: String(arvika), ageBand: '80+' });
		for (let i = 0; i < 3; i++)
			await answer({ answer: `Ogrupperat ${i}`, municipalityId: String(arvika) });
		for (let i = 0; i < 8; i++)
			await answer({
				answer: `Nära hem ${i}`,
				municipalityId: String(eda),
				ageBand: '65-79',
				consentQuote: 'on'
			});
		for (let i = 0; i < 2; i++) await answer({ answer: `Annat ${i}` });

		expect(await addThemes(database.db, reader.actor, '17', id, { names: 'X' })).toMatchObject({
			kind: 'forbidden'
		});
		const added = await addThemes(database.db, moderator.actor, '17', id, {
			names: 'Kontinuitet\nNära hem\nÖvrigt'
		});
		if (added.kind !== 'ok') throw new Error(JSON.stringify(added));
		const [cont, near, other] = added.value.themes as [number, number, number];
		expect(
			await addThemes(database.db, moderator.actor, '17', id, { names: 'kontinuitet' })
		).toMatchObject({
			fields: { names: ['Temat finns redan: kontinuitet.'] }
		});

		const read = await campaignAnswers(database.db, moderator.actor, '17', id, now);
		if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
		expect(read.value.answers).toHaveLength(30);
		const themeOf = (text: string) =>
			text.startsWith('Nära')
				? near
				: text.startsWith('Annat')
					? other
					: text.startsWith('Ogrupperat')
						? null
						: cont;
		const grouping = read.value.answers.map((a) => ({
			id: a.id,
			themeId: themeOf(a.answer!),
			quoted: a.answer === 'Nära hem 0' || a.answer === 'Att samma sköterska kommer.'
		}));
		const noConsent = read.value.answers.find((a) => !a.consentQuote)!;
		const refused = await themeAnswers(database.db, moderator.actor, '17', id, {
			revision: read.value.revision,
			answers: [{ id: noConsent.id, themeId: cont, quoted: true }]
		});
		expect(refused).toMatchObject({
			kind: 'invalid',
			fields: { [`quote-${noConsent.id}`]: ['Den som svarade har inte samtyckt till att citeras.'] }
		});
		const saved = await themeAnswers(database.db, moderator.actor, '17', id, {
			revision: read.value.revision,
			answers: grouping
		});
		expect(saved).toEqual({ kind: 'ok', value: { id, revision: read.value.revision + 1 } });
		// a second moderator on the old revision is told, and nothing changes
		const stale = await themeAnswers(database.db, moderator.actor, '17', id, {
			revision: read.value.revision,
			answers: [{ id: grouping[0]!.id, themeId: null, quoted: false }]
		});
		expect(stale).toMatchObject({ kind: 'conflict' });
		const entries = await auditOf(database.db, 'campaign', id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'theme']);
		expect(JSON.stringify(entries)).not.toContain('Kontinuitet 1');

		const summary = await campaignSummary(database.db, '17', id, now);
		if (summary.kind !== 'ok') throw new Error(JSON.stringify(summary));
		const s = summary.value;
		expect(s.total).toBe(30);
		expect(s.themes.map((x) => [x.name, x.count])).toEqual([
			['Kontinuitet', 17],
			['Nära hem', 8],
			['Övrigt', null]
		]);
		expect(s.themes[0]!.quotes).toEqual(['Att samma sköterska kommer.']);
		expect(s.themes[1]!.quotes).toEqual(['Nära hem 0']);
		expect(s.themes[2]!.quotes).toEqual([]);
		// Övrigt's 2 and the 3 not yet grouped are hidden together: 5, none of them given away
		expect(s.unthemed).toBeNull();
		const counts = [
			...s.themes.map((x) => x.count),
			...s.municipalities.map((m) => m.count),
			...s.ageBands.map((b) => b.count)
		];
		for (const c of counts) if (c !== null) expect(c === 0 || c >= s.min).toBe(true);
		expect(s.municipalities.find((m) => m.id === null)?.count).toBeNull();
	});

	test('retention: past its period an answer loses its text, not its place in the counts', async () => {
		const before = await campaignSummary(database.db, '17', id, now);
		await purgeExpired(database.db, new Date(now.getTime() + 366 * day));
		const rows = await database.db
			.select()
			.from(t.campaignAnswers)
			.where(eq(t.campaignAnswers.campaignId, id));
		expect(
			rows
				.filter((r) => r.answer !== null)
				.map((r) => r.answer)
				.sort()
		).toEqual(['Att samma sköterska kommer.', 'Nära hem 0']);
		expect(await campaignSummary(database.db, '17', id, now)).toEqual(before);
		const purged = await auditOf(database.db, 'campaign', id);
		expect(purged.filter((e) => e.action === 'purge')).toHaveLength(28);
	});
});
