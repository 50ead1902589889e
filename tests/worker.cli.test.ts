import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { koladaImportJob, startKoladaJob } from '../src/lib/modules/followup/server/kolada-jobs.ts';
import { connect, type Database } from '../src/lib/platform/db/client.ts';
import { startEmbedded } from '../src/lib/platform/db/embedded.ts';
import { testUser } from './kit/cast.ts';
import { jobsFor, recordWhenEnded } from './kit/jobs.ts';
import { startReplayServer, type ReplayServer } from './kolada/replay-server.ts';
import { alive, cleanEnv, root, tempDataDir } from './process.ts';

/**
 * `nara worker` on its own: it prepares the database as `nara serve` does,
 * says which Node.js it runs on, runs a job another process queued, and on
 * SIGTERM stops after its jobs and closes the database (exit 0).
 */

let dir: string;
let kolada: ReplayServer;
let worker: ChildProcess;
let out = '';
let database: Database | undefined;

beforeAll(async () => {
	dir = await tempDataDir();
	kolada = await startReplayServer();
	worker = spawn(process.execPath, [path.join(root, 'bin', 'nara.js'), 'worker'], {
		cwd: root,
		env: cleanEnv({
			NARA_DATA_DIR: dir,
			KOLADA_BASE_URL: kolada.baseUrl,
			NARA_JOBS_SUPERVISE_SECONDS: '1'
		})
	});
	worker.stdout!.on('data', (d) => (out += d));
	worker.stderr!.on('data', (d) => (out += d));
	const deadline = Date.now() + 240_000;
	while (!out.includes('Stoppa med Ctrl-C.')) {
		if (worker.exitCode !== null) throw new Error(`nara worker avslutades:\n${out}`);
		if (Date.now() > deadline) throw new Error(`nara worker startade inte:\n${out}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	// a client of the embedded server the worker started
	const embedded = await startEmbedded(dir);
	database = await connect(
		{ kind: 'socket', socketPath: embedded.socketPath, database: embedded.database },
		{ role: 'test', max: 2 },
		embedded
	);
}, 300_000);

afterAll(async () => {
	if (worker?.pid && alive(worker.pid)) worker.kill('SIGKILL');
	await database?.close();
	await kolada?.close();
	await fs.rm(dir, { recursive: true, force: true });
}, 60_000);

test('nara worker says it runs on Node.js 24, runs a queued Kolada import once, and stops on SIGTERM', async () => {
	expect(out).toMatch(/^Nära kör bakgrundsjobb med Node\.js v24\.\d+\.\d+ \(databas: /m);
	const db = database!;
	// this process only queues (no worker), as a web server with NARA_WORKER=0 does
	const sender = await jobsFor(db, [koladaImportJob({ baseUrl: kolada.baseUrl })], {
		worker: false
	});
	const coordinator = await testUser(db.db, 'coordinator', '17');
	const form = { kpis: 'N20402, U01402', from: '2020', to: '2022' };
	const started = await startKoladaJob(db.db, coordinator.actor, '17', form, sender.queue);
	if (started.kind !== 'ok') throw new Error(JSON.stringify(started));
	const row = await recordWhenEnded(db, started.value.id, 90_000);
	expect(row).toMatchObject({ status: 'done', attempts: 1 });
	expect(row.message).toMatch(/^Läste in 95 värden/);
	expect(row.runner).toMatch(new RegExp(`:${worker.pid}$`));

	const exited = new Promise<number | null>((r) => worker.on('exit', (code) => r(code)));
	worker.kill('SIGTERM');
	expect(await exited).toBe(0);
	expect(out).toContain('Arbetaren har stoppats.');
}, 180_000);
