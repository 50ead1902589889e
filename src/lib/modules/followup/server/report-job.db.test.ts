import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile } from '../../../../../tests/kit/cast.ts';
import { jobsFor, recordWhenEnded } from '../../../../../tests/kit/jobs.ts';
import { anonymous } from '../../../core/actor.ts';
import { jobFiles } from '../../../platform/db/tables.ts';
import { jobFilePurgeJob, orderedFile, orderedFileBytes } from '../../../platform/jobs/files.ts';
import { followUpReportJob, orderFollowUpReport } from './report-job.ts';

/**
 * The overview report as a file job on the real queue: ordered by a
 * signed-in person, made by a worker, kept for that person alone, and
 * removed when its time is up.
 */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
const varmland = { code: '17', name: 'Värmlands län' };

describe('the overview report as an ordered file', () => {
	test('is made in the background and kept for the person who ordered it', async () => {
		const jobs = await jobsFor(database, [followUpReportJob], { scope: 'test' });
		const id = await orderFollowUpReport(database.db, reader.actor, varmland, jobs.queue);
		if (id === null) throw new Error('not ordered');
		const ended = await recordWhenEnded(database, id);
		expect(ended).toMatchObject({
			status: 'done',
			kind: 'followup-report',
			done: 2,
			total: 2,
			message: 'Rapporten är klar att ladda ner.'
		});
		const ordered = await orderedFile(database.db, reader.actor, id);
		if (ordered.kind !== 'ok') throw new Error(JSON.stringify(ordered));
		expect(ordered.value.title).toBe('Följ omställningen – Värmlands län som PDF');
		expect(ordered.value.file).toMatchObject({
			fileName: 'folj-omstallningen-varmland.pdf',
			contentType: 'application/pdf'
		});
		expect(ordered.value.file!.size).toBeGreaterThan(1000);
		const f = await orderedFileBytes(database.db, reader.actor, id);
		if (f.kind !== 'ok') throw new Error('not ok');
		expect(Buffer.from(f.value.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		expect(f.value.bytes.length).toBe(ordered.value.file!.size);

		// nobody else sees it, not even the county's coordinator
		for (const other of [coordinator.actor, anonymous])
			for (const r of [
				await orderedFile(database.db, other, id),
				await orderedFileBytes(database.db, other, id)
			])
				expect(r.kind).toBe('not_found');
	});

	test('a visitor cannot order one; the file goes when its time is up', async () => {
		const jobs = await jobsFor(database, [followUpReportJob], { scope: 'test' });
		expect(await orderFollowUpReport(database.db, anonymous, varmland, jobs.queue)).toBeNull();
		const id = await orderFollowUpReport(database.db, reader.actor, varmland, jobs.queue);
		await recordWhenEnded(database, id!);
		await database.db
			.update(jobFiles)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(jobFiles.recordId, id!));
		const log: string[] = [];
		const result = await jobFilePurgeJob.run(
			{
				db: database.db,
				database,
				attempt: 1,
				lastAttempt: true,
				signal: new AbortController().signal,
				progress: () => {},
				log: (m) => log.push(m)
			},
			{}
		);
		expect(result).toMatchObject({ message: expect.stringMatching(/^Tog bort [1-9]\d* filer/) });
		const ordered = await orderedFile(database.db, reader.actor, id!);
		if (ordered.kind !== 'ok') throw new Error('not ok');
		expect(ordered.value.file).toBeNull();
		expect((await orderedFileBytes(database.db, reader.actor, id!)).kind).toBe('not_found');
	});
});
