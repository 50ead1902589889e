import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile, testUser } from '../../../../../tests/kit/cast.ts';
import { startReplayServer, type ReplayServer } from '../../../../../tests/kolada/replay-server.ts';
import { auditLog, importJobs } from '../../../platform/db/tables.ts';
import { freePort } from '../../../../../tests/process.ts';
import { jobsFor, recordWhenEnded } from '../../../../../tests/kit/jobs.ts';
import type { Jobs } from '../../../app/jobs.ts';
import { koladaImportClient } from './kolada-import.ts';
import { KoladaError } from '../kolada/errors.ts';
import {
	forCoordinator,
	koladaImportJob,
	koladaJob,
	startKoladaJob,
	worthRetrying
} from './kolada-jobs.ts';

/**
 * The Kolada import as a background job on the real queue (pg-boss): the
 * start writes the record and the job together, a worker runs it, and the
 * record follows the work.
 */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
let kolada: ReplayServer;
let jobs: Jobs;
/** where the job's Kolada is: the replay server, or a closed port */
let baseUrl = '';
/** the worker's log */
const logged: string[] = [];

beforeAll(async () => {
	kolada = await startReplayServer();
	baseUrl = kolada.baseUrl;
	const job = koladaImportJob({
		baseUrl: '',
		client: (onProgress) =>
			koladaImportClient(
				{ baseUrl, perPage: 30, requestsPerSecond: 1000, maxRetries: 0, timeoutMs: 2_000 },
				onProgress
			)
	});
	// no retries in this file: a failure is the record's last word at once
	jobs = await jobsFor(database, [{ ...job, retryLimit: 0 }], {
		log: (m) => logged.push(m)
	});
});
afterAll(() => kolada?.close());

const form = { kpis: 'N20402, U01402', from: '2020', to: '2022' };

describe('a Kolada job', () => {
	test('runs in the background to done, with progress and the summary', async () => {
		baseUrl = kolada.baseUrl;
		const started = await startKoladaJob(database.db, coordinator.actor, '17', form, jobs.queue);
		if (started.kind !== 'ok') throw new Error(JSON.stringify(started));
		const { id } = started.value;
		const queued = await koladaJob(database.db, coordinator.actor, '17', id);
		expect(queued).toMatchObject({
			kind: 'ok',
			value: { kpis: ['N20402', 'U01402'], years: { from: 2020, to: 2022 } }
		});
		await recordWhenEnded(database, id);
		const job = await koladaJob(database.db, coordinator.actor, '17', id);
		if (job.kind !== 'ok') throw new Error(JSON.stringify(job));
		expect(job.value).toMatchObject({ status: 'done', done: 95, total: 95 });
		expect(job.value.message).toMatch(/^Läste in 95 värden \(/);
		expect(job.value.finishedAt).toBeInstanceOf(Date);
		expect(job.value.attempts).toBe(1);
		const audits = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityType, 'import_jobs'));
		expect(audits.map((a) => a.entityId)).toEqual([String(id)]);
	});

	test('an unreachable Kolada: failed, in plain words, nothing written; the details go to the log', async () => {
		const port = await freePort();
		baseUrl = `http://127.0.0.1:${port}/v3`;
		const writes = () => database.db.$count(auditLog, eq(auditLog.entityType, 'measurements'));
		const before = await writes();
		const started = await startKoladaJob(database.db, coordinator.actor, '17', form, jobs.queue);
		if (started.kind !== 'ok') throw new Error(JSON.stringify(started));
		const row = await recordWhenEnded(database, started.value.id);
		expect(row).toMatchObject({ status: 'failed', kind: 'kolada', countyCode: '17' });
		expect(row.message).toBe(
			`Importen från Kolada misslyckades efter ett försök: Kolada gick inte att nå just då. Du kan starta om den; om det händer igen, kontakta den som driver Nära och ange jobbets nummer.`
		);
		expect(logged.join('\n')).toMatch(
			new RegExp(
				`^Importen från Kolada \\(jobb ${started.value.id}, försök 1\\): Kolada svarar inte \\(http://127\\.0\\.0\\.1:${port}/v3\\): anslutningen nekades\\. .*KOLADA_BASE_URL`,
				'm'
			)
		);
		expect(await writes()).toBe(before);
	});

	test('what the coordinator reads of Kolada’s failures names no address or setting, and retries as before', () => {
		const url = 'http://127.0.0.1:1/v3/data/kpi/N20402';
		const cases: [KoladaError, string][] = [
			[
				new KoladaError(
					`Kolada svarar inte (${url}): inget svar. Ange KOLADA_BASE_URL.`,
					'timeout',
					{
						url
					}
				),
				'Kolada gick inte att nå just då.'
			],
			[
				new KoladaError(`Kolada svarade 503 tre gånger i rad på ${url}.`, 'http', {
					url,
					status: 503
				}),
				'Kolada var överbelastat eller hade ett fel just då.'
			],
			[
				new KoladaError(`Kolada svarade 404 på ${url}.`, 'http', { url, status: 404 }),
				'Kolada tog inte emot frågan (svar 404). Kontrollera nyckeltalen och åren.'
			],
			[
				new KoladaError(`Kolada gav ett svar som inte är JSON på ${url}.`, 'malformed', { url }),
				'Kolada gav ett svar som Nära inte kunde läsa.'
			]
		];
		for (const [error, plain] of cases) {
			const shown = forCoordinator(error);
			expect(shown.message).toBe(plain);
			expect(worthRetrying(shown)).toBe(worthRetrying(error));
		}
		const refused = new KoladaError(
			'Frågan till Kolada är ogiltig: ogiltigt nyckeltal "X".',
			'invalid'
		);
		expect(forCoordinator(refused)).toBe(refused);
	});

	test('refusals: a reader, an unknown KPI, bad years, another county’s job', async () => {
		const opts = jobs.queue;
		expect((await startKoladaJob(database.db, reader.actor, '17', form, opts)).kind).toBe(
			'forbidden'
		);
		const unknown = await startKoladaJob(
			database.db,
			coordinator.actor,
			'17',
			{ ...form, kpis: 'X99999' },
			opts
		);
		expect(unknown).toMatchObject({ kind: 'invalid', fields: { kpis: [expect.any(String)] } });
		const years = await startKoladaJob(
			database.db,
			coordinator.actor,
			'17',
			{ ...form, from: '2022', to: '2010' },
			opts
		);
		expect(years).toMatchObject({ kind: 'invalid', fields: { from: [expect.any(String)] } });
		const [job] = await database.db.select({ id: importJobs.id }).from(importJobs).limit(1);
		expect((await koladaJob(database.db, reader.actor, '17', job!.id)).kind).toBe('forbidden');
		const dalarna = await testUser(database.db, 'coordinator', '20');
		expect((await koladaJob(database.db, dalarna.actor, '20', job!.id)).kind).toBe('not_found');
	});
});
