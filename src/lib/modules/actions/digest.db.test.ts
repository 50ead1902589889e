import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { localSmtpServer } from '../../../../tests/kit/smtp.ts';
import { smtpMailer, type Mailer } from '../../platform/mail/mailer.ts';
import { sendActionDigest } from './digest.server.ts';
import { createAction, reportAction, setDigest, digestSetting } from './service.server.ts';

const database = databaseForFile();
const cast = castForFile(database, 'coordinator', 'reader', 'editor');
let smtp: Awaited<ReturnType<typeof localSmtpServer>>;
let mailer: Mailer;
let arvika: number;

beforeAll(async () => {
	smtp = await localSmtpServer();
	mailer = smtpMailer(smtp.settings);
	arvika = await organisationId(database.db, 'Arvika kommun');
});
afterAll(async () => {
	mailer?.close();
	await smtp?.stop();
});

const give = async (owner: { actor: { userId: number } }, title: string, dueOn: string) => {
	const made = await createAction(database.db, cast.coordinator.actor, '17', {
		title,
		ownerOrganisationId: String(arvika),
		ownerUserId: String(owner.actor.userId),
		dueOn,
		visibility: 'internal'
	});
	if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
	return made.value;
};

describe('the weekly digest of actions', () => {
	test('reaches the local SMTP server with due and overdue actions, and not when turned off', async () => {
		await give(cast.reader, 'Ta fram en tidplan', '2024-05-01'); // overdue on 6 May
		await give(cast.reader, 'Boka workshop', '2024-05-10'); // due within the week
		await give(cast.reader, 'Utvärdera', '2024-08-01'); // later: not in the digest
		const done = await give(cast.editor, 'Klar sak', '2024-05-02');
		expect(
			(
				await reportAction(database.db, cast.editor.actor, '17', done.id, {
					status: 'done',
					outcome: 'Gjort.',
					revision: 1
				})
			).kind
		).toBe('ok');

		const now = new Date('2024-05-06T06:00:00Z');
		const first = await sendActionDigest(database.db, now, mailer);
		expect(first).toEqual({
			kind: 'ok',
			value: { day: '2024-05-06', sentTo: [cast.reader.actor.email], failed: [] }
		});
		expect(smtp.messages).toHaveLength(1);
		const mail = smtp.messages[0]!;
		expect(mail).toMatchObject({
			from: 'nara@test.nara.invalid',
			to: [cast.reader.actor.email],
			subject: 'Nära: 1 försenad åtgärd och 1 att göra den här veckan'
		});
		expect(mail.text).toContain(
			'• Ta fram en tidplan (Arvika kommun), senast 1 maj 2024, ej påbörjad – FÖRSENAD'
		);
		expect(mail.text).toContain('• Boka workshop (Arvika kommun), senast 10 maj 2024, ej påbörjad');
		expect(mail.text).not.toContain('Utvärdera');

		// the reader turns it off: nothing is sent, and the change is audited
		expect(await setDigest(database.db, cast.reader.actor, { digest: 'off' })).toEqual({
			kind: 'ok',
			value: { on: false }
		});
		expect(await digestSetting(database.db, cast.reader.actor)).toEqual({
			kind: 'ok',
			value: { on: false }
		});
		expect(await auditOf(database.db, 'action_digest', cast.reader.actor.userId)).toMatchObject([
			{ action: 'update', before: { digest: true }, after: { digest: false } }
		]);
		const second = await sendActionDigest(database.db, now, mailer);
		expect(second).toMatchObject({ kind: 'ok', value: { sentTo: [] } });
		expect(smtp.messages).toHaveLength(1);

		// on again
		await setDigest(database.db, cast.reader.actor, { digest: 'on' });
		await sendActionDigest(database.db, now, mailer);
		expect(smtp.messages).toHaveLength(2);
	});

	test('a bad setting is refused', async () => {
		expect(await setDigest(database.db, cast.reader.actor, { digest: 'kanske' })).toEqual({
			kind: 'invalid',
			message: 'Inställningen kunde inte sparas.',
			fields: { digest: ['Välj om du vill få veckobrevet eller inte.'] }
		});
	});

	test('only the owner or a coordinator reports progress, on the revision read', async () => {
		const a = await give(cast.reader, 'Rapportera', '2024-06-01');
		expect(
			(
				await reportAction(database.db, cast.editor.actor, '17', a.id, {
					status: 'done',
					revision: 1
				})
			).kind
		).toBe('forbidden');
		expect(
			await reportAction(database.db, cast.reader.actor, '17', a.id, {
				status: 'in_progress',
				outcome: 'Påbörjat',
				revision: 1
			})
		).toMatchObject({
			kind: 'ok',
			value: { status: 'in_progress', outcome: 'Påbörjat', revision: 2 }
		});
		expect(
			(
				await reportAction(database.db, cast.coordinator.actor, '17', a.id, {
					status: 'done',
					revision: 1
				})
			).kind
		).toBe('conflict');
		expect(
			await reportAction(database.db, cast.reader.actor, '17', a.id, {
				status: 'klart',
				revision: 2
			})
		).toMatchObject({
			kind: 'invalid',
			fields: { status: ['Välj en status i listan.'] }
		});
	});
});
