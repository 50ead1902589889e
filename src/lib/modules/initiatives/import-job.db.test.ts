import { and, eq, like, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { castForFile } from '../../../../tests/kit/cast.ts';
import { jobsFor, recordWhenEnded } from '../../../../tests/kit/jobs.ts';
import { importJobs, initiatives, organisations } from '../../app/tables.ts';
import { stageInitiativeImport, stagedInitiativeImport } from './import.server.ts';
import { confirmInitiativeImport, initiativesImportJob } from './import-job.server.ts';

/**
 * A staged file of initiatives against a real database and the real job
 * queue: the upload keeps it, the preview shows it to its uploader only, the
 * confirmation queues one job however often it is sent, and the job writes
 * all rows or none with the county as it is when it runs.
 */

const database = databaseForFile();
const {
	coordinator,
	editor: arvikaEditor,
	reader
} = castForFile(database, 'coordinator', 'editor', 'reader');

const countTitled = async (word: string) =>
	(
		await database.db
			.select({ n: sql<number>`count(*)::int` })
			.from(initiatives)
			.where(like(initiatives.title, `${word}%`))
	)[0]!.n;

describe('a staged file: upload, preview, confirm', () => {
	const csv = (title: string) =>
		new TextEncoder().encode(
			`Namn;Nivå;Fas;Ansvarig organisation\n${title};Lokal;Pilot;Arvika kommun\n`
		);

	test('the uploader previews and confirms it once; nothing is written before', async () => {
		const staged = await stageInitiativeImport(database.db, arvikaEditor.actor, '17', {
			name: 'C:\\Users\\anna\\Stageinsats.csv',
			bytes: csv('Stageinsats Arvika')
		});
		if (staged.kind !== 'ok') throw new Error(JSON.stringify(staged));
		const id = staged.value.id;
		const preview = await stagedInitiativeImport(database.db, arvikaEditor.actor, '17', id);
		if (preview.kind !== 'ok') throw new Error('not ok');
		expect(preview.value.staged).toMatchObject({ status: 'queued', result: null });
		expect(preview.value.run?.status).toBe('preview');
		expect(await countTitled('Stageinsats')).toBe(0);

		// nobody else sees it, not even the county's coordinator
		expect(await stagedInitiativeImport(database.db, coordinator.actor, '17', id)).toMatchObject({
			kind: 'not_found'
		});
		const jobs = await jobsFor(database, [initiativesImportJob], { scope: 'test' });
		const confirm = confirmInitiativeImport(jobs.queue);
		expect(await confirm(database.db, reader.actor, '17', id)).toMatchObject({
			kind: 'forbidden'
		});

		// two confirmations at once (a double click): one job, one import
		const [first, second] = await Promise.all([
			confirm(database.db, arvikaEditor.actor, '17', id),
			confirm(database.db, arvikaEditor.actor, '17', id)
		]);
		for (const r of [first, second]) {
			if (r.kind !== 'ok') throw new Error('not ok');
			expect(r.value.staged.confirmed).toBe(true);
			expect(r.value.run).toBeNull();
		}
		const ended = await recordWhenEnded(database, id);
		expect(ended).toMatchObject({
			status: 'done',
			message: 'Läste in 1 insats från Stageinsats.csv.',
			link: '/lan/varmland/insatser',
			attempts: 1
		});
		expect(await countTitled('Stageinsats')).toBe(1);
		const after = await stagedInitiativeImport(database.db, arvikaEditor.actor, '17', id);
		if (after.kind !== 'ok') throw new Error('not ok');
		expect(after.value.staged).toMatchObject({ status: 'done', result: { created: 1 } });
		// a later confirmation (a reload) queues nothing more
		await confirm(database.db, arvikaEditor.actor, '17', id);
		expect(await countTitled('Stageinsats')).toBe(1);
		const queued = await database.sql<{ n: number }[]>`
			select count(*)::int as n from pgboss.job where name = 'initiatives-import'`;
		expect(queued[0]!.n).toBe(1);
		const [row] = await database.db.select().from(importJobs).where(eq(importJobs.id, id));
		expect(row!.params).not.toHaveProperty('data');
	});

	test('a file the county no longer accepts when its job runs fails, writes nothing and keeps its rows to fix', async () => {
		const staged = await stageInitiativeImport(database.db, arvikaEditor.actor, '17', {
			name: 'Omdopt.csv',
			bytes: csv('Omdoptinsats Arvika')
		});
		if (staged.kind !== 'ok') throw new Error(JSON.stringify(staged));
		const id = staged.value.id;
		const rename = (from: string, to: string) =>
			database.db
				.update(organisations)
				.set({ name: to })
				.where(and(eq(organisations.countyCode, '17'), eq(organisations.name, from)));
		// the organisation is renamed between the preview and the job
		await rename('Arvika kommun', 'Arvika kommun (tillfälligt)');
		try {
			const jobs = await jobsFor(database, [{ ...initiativesImportJob, retryLimit: 0 }], {
				scope: 'test'
			});
			await confirmInitiativeImport(jobs.queue)(database.db, arvikaEditor.actor, '17', id);
			const ended = await recordWhenEnded(database, id);
			expect(ended.status).toBe('failed');
			expect(ended.message).toMatch(
				/^Inläsningen av insatser misslyckades efter ett försök: filen har ett fel mot länet som det ser ut nu, så ingenting lästes in\. /
			);
		} finally {
			await rename('Arvika kommun (tillfälligt)', 'Arvika kommun');
		}
		expect(await countTitled('Omdoptinsats')).toBe(0);
		const after = await stagedInitiativeImport(database.db, arvikaEditor.actor, '17', id);
		if (after.kind !== 'ok') throw new Error('not ok');
		expect(after.value.run?.status).toBe('invalid');
		expect(after.value.run?.preview.errors[0]).toMatchObject({ row: 2 });
	});

	test('an empty upload or none at all is a message on the file field', async () => {
		for (const f of [null, { name: 'tom.csv', bytes: new Uint8Array() }]) {
			const r = await stageInitiativeImport(database.db, coordinator.actor, '17', f);
			expect(r.kind).toBe('invalid');
			if (r.kind === 'invalid') expect(r.fields.file).toHaveLength(1);
		}
	});
});
