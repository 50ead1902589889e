import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
	MB,
	median,
	msSince,
	percentile,
	procPssBytes,
	processTree,
	procStatusBytes,
	projectRoot,
	sleep,
	type BenchResult,
	type Benchmark,
	type Figure,
	type Target
} from './lib.ts';

/**
 * `startup`: time from starting Nära (`node bin/nara.js serve`, what
 * `npm start` runs after building) to the first HTTP 200 on `/` with seeded
 * data, and the peak memory of the Node server and of the embedded
 * PostgreSQL. Baseline: starting and ending `node -e ''`, in the same run.
 *
 * Embedded: one cold start on a fresh data directory (initdb, migrations,
 * seed), then warm starts on the same directory. External: one first start
 * (migrates and seeds only when the database is empty), then warm starts.
 */

const WARM_RUNS = 5;
const BASELINE_RUNS = 5;
const COLD_TIMEOUT_MS = 300_000;
const WARM_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const SAMPLE_EVERY_MS = 100;

const log = (message: string) => console.error(`startup: ${message}`);

interface Run {
	ms: number;
	/** peak RSS of the Node server (VmHWM), bytes */
	nodePeakRss: number;
	/** peak of the summed RSS of the embedded PostgreSQL processes (sampled), bytes */
	pgPeakRss: number | null;
	/** summed PSS of the embedded PostgreSQL processes just after the first 200, bytes */
	pgPss: number | null;
	/** the server said it seeded an empty database */
	seeded: boolean;
	/** ms after spawn of the first accepted connection (the port is bound first) */
	listeningMs: number | null;
	timeline: { ms: number; line: string }[];
	/** how many non-200 answers came before the 200 */
	non200: number;
	stopMs: number;
}

export const startup: Benchmark = async (target: Target): Promise<BenchResult> => {
	await ensureBuild();
	const baselines = [];
	for (let i = 0; i < BASELINE_RUNS; i++) baselines.push(await timeNodeNoop());
	const baseline = median(baselines);
	log(`baseline node -e '' median ${baseline.toFixed(1)} ms`);

	const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nara-bench-startup-'));
	// As root, Nära runs the embedded PostgreSQL as the `postgres` OS user,
	// which must reach the data directory (mkdtemp makes it 0700).
	await fs.chmod(dataDir, 0o755);
	try {
		const embedded = target.db === 'embedded';
		const builtAt = buildTime();
		const first = await startWithRetry(target, dataDir, COLD_TIMEOUT_MS, true);
		log(
			`${embedded ? 'cold' : 'first'} start ${first.ms.toFixed(0)} ms` +
				(first.seeded ? ' (seeded an empty database)' : '')
		);
		if (!embedded && !first.seeded) {
			log('the external database was already seeded: first_start is a warm start');
		}
		const warm: Run[] = [];
		for (let i = 0; i < WARM_RUNS; i++) {
			await ensureBuild();
			const run = await startWithRetry(target, dataDir, WARM_TIMEOUT_MS, false);
			log(`warm start ${i + 1}/${WARM_RUNS}: ${run.ms.toFixed(0)} ms`);
			warm.push(run);
		}

		const buildChanged = buildTime() !== builtAt;
		if (buildChanged) log('note: build/ was rebuilt during the run; runs used different builds');
		const warmMs = warm.map((r) => r.ms);
		const max = (xs: number[]) => Math.max(...xs);
		const mb = (bytes: number | null) => (bytes === null ? null : bytes / MB);
		const firstName = embedded ? 'cold' : 'first_start';
		const memory = (name: string, bytes: number | null): Figure => ({
			name,
			value: mb(bytes),
			unit: 'MB',
			baseline: null
		});
		const pgWarm = embedded ? max(warm.map((r) => r.pgPeakRss ?? 0)) : null;
		const pssWarm = embedded ? max(warm.map((r) => r.pgPss ?? 0)) : null;
		const figures: Figure[] = [
			{ name: 'warm_median', value: median(warmMs), unit: 'ms', baseline },
			{ name: 'warm_p95', value: percentile(warmMs, 95), unit: 'ms', baseline },
			{ name: firstName, value: first.ms, unit: 'ms', baseline },
			memory('peak_rss_node', max(warm.map((r) => r.nodePeakRss))),
			memory(`peak_rss_node_${firstName}`, first.nodePeakRss),
			memory('peak_rss_pg', pgWarm),
			memory(`peak_rss_pg_${firstName}`, embedded ? first.pgPeakRss : null),
			memory('pss_pg', pssWarm)
		];
		return {
			figures,
			details: {
				command: 'node bin/nara.js serve',
				baselineCommand: "node -e ''",
				buildWrittenAt: builtAt === null ? null : new Date(builtAt).toISOString(),
				buildChangedDuringRun: buildChanged,
				baselineRunsMs: baselines,
				firstStart: first,
				warmRuns: warm,
				notes: {
					peak_rss_node: 'VmHWM of the server process at the first 200, max over warm runs',
					peak_rss_pg:
						'peak of the summed VmRSS of the postmaster and its children, sampled every ' +
						`${SAMPLE_EVERY_MS} ms and at the first 200; counts shared memory once per process`,
					pss_pg: 'summed Pss (smaps_rollup) of the same processes at the first 200',
					MB: '2^20 bytes'
				}
			}
		};
	} finally {
		await stopLeftoverPostgres(dataDir);
		await fs.rm(dataDir, { recursive: true, force: true });
	}
};

const handlerFile = path.join(projectRoot, 'build', 'handler.js');

/** When build/handler.js was written, or null while there is no build. */
function buildTime(): number | null {
	try {
		return statSync(handlerFile).mtimeMs;
	} catch {
		return null;
	}
}

/**
 * Waits for a complete production build. Other people build in the same
 * checkout (vite empties build/ first), so a missing build is usually one
 * being made: wait for it, and build ourselves only when none appears.
 */
export async function ensureBuild(): Promise<void> {
	const ready = () => {
		const t = buildTime();
		return t !== null && Date.now() - t > 3_000;
	};
	if (ready()) return;
	log('waiting for build/handler.js (a build may be running) …');
	for (let i = 0; i < 120 && !ready(); i++) await sleep(1_000);
	if (ready()) return;
	log('build/handler.js is missing: running npx vite build …');
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn('npx', ['vite', 'build'], {
			cwd: projectRoot,
			stdio: ['ignore', process.stderr, process.stderr]
		});
		child.on('error', reject);
		child.on('exit', resolve);
	});
	if (code !== 0) throw new Error(`npx vite build failed (exit ${code})`);
}

/** What Nära says when build/ vanished or was half written under it. */
const BUILD_GONE = /inte byggt|ERR_MODULE_NOT_FOUND|Cannot find module|ENOENT[^\n]*build\//;

/**
 * One start, retried (up to twice) when the build was replaced under it.
 * A cold start is retried on an emptied data directory, so it stays cold.
 */
async function startWithRetry(
	target: Target,
	dataDir: string,
	timeoutMs: number,
	cold: boolean
): Promise<Run> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await startOnce(target, dataDir, timeoutMs);
		} catch (e) {
			if (attempt >= 3 || !(e instanceof Error) || !BUILD_GONE.test(e.message)) throw e;
			log('build/ changed under the run (someone is building): waiting, then running again');
			await ensureBuild();
			if (cold) {
				await stopLeftoverPostgres(dataDir);
				await fs.rm(dataDir, { recursive: true, force: true });
				await fs.mkdir(dataDir);
				await fs.chmod(dataDir, 0o755);
			}
		}
	}
}

async function timeNodeNoop(): Promise<number> {
	const start = process.hrtime.bigint();
	await new Promise<void>((resolve, reject) => {
		const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
		child.on('error', reject);
		child.on('exit', () => resolve());
	});
	return msSince(start);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** GET `/` to the end of the body; the status, or the error code when the connection failed. */
function get(port: number): Promise<number | string> {
	return new Promise((resolve) => {
		const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
			res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'ERROR'));
		});
		req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'ERROR'));
		req.setTimeout(WARM_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
	});
}

function serverEnv(target: Target, dataDir: string, port: number): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	delete env.DATABASE_URL;
	env.NARA_DATA_DIR = dataDir;
	env.PORT = String(port);
	env.HOST = '127.0.0.1';
	if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
	return env;
}

async function startOnce(target: Target, dataDir: string, timeoutMs: number): Promise<Run> {
	const port = await freePort();
	const pgdata = path.join(dataDir, 'pg');
	const embedded = target.db === 'embedded';
	let output = '';
	const state: { exited: number | string | null } = { exited: null };

	const start = process.hrtime.bigint();
	const child = spawn(process.execPath, ['bin/nara.js', 'serve'], {
		cwd: projectRoot,
		env: serverEnv(target, dataDir, port),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// Each line the server logs, with when it came (ms after spawn): shows where the time goes.
	const timeline: { ms: number; line: string }[] = [];
	const keep = (d: Buffer) => {
		const at = Math.round(msSince(start));
		for (const line of d.toString().split('\n')) {
			if (line.trim() && timeline.length < 50) timeline.push({ ms: at, line: line.trim() });
		}
		output = (output + d.toString()).slice(-20_000);
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	const exit = new Promise<void>((resolve) => {
		child.on('exit', (code, signal) => {
			state.exited = code ?? signal ?? 'unknown';
			resolve();
		});
		child.on('error', (e) => {
			state.exited = e.message;
			resolve();
		});
	});

	let nodePeakPolled = 0;
	let pgPeak = 0;
	const sample = () => {
		if (child.pid !== undefined) {
			nodePeakPolled = Math.max(nodePeakPolled, procStatusBytes(child.pid, 'VmRSS') ?? 0);
		}
		if (embedded) {
			const sum = processTree(pgdata).reduce((s, p) => s + p.rss, 0);
			pgPeak = Math.max(pgPeak, sum);
		}
	};
	const sampler = setInterval(sample, SAMPLE_EVERY_MS);

	try {
		let non200 = 0;
		let listeningMs: number | null = null;
		let last: number | string = '';
		for (;;) {
			if (state.exited !== null) {
				throw new Error(
					`Nära exited (${state.exited}) before answering 200 on /:\n${tail(output)}`
				);
			}
			if (msSince(start) > timeoutMs) {
				throw new Error(`no 200 on / within ${timeoutMs} ms (last: ${last}):\n${tail(output)}`);
			}
			const asked = process.hrtime.bigint();
			last = await get(port);
			if (last !== 'ECONNREFUSED' && listeningMs === null) {
				listeningMs = msSince(start) - msSince(asked);
			}
			if (last === 200) break;
			if (typeof last === 'number') non200++;
			await sleep(typeof last === 'number' ? 100 : 20);
		}
		const ms = msSince(start);
		clearInterval(sampler);
		sample();
		const hwm = child.pid === undefined ? undefined : procStatusBytes(child.pid, 'VmHWM');
		const tree = embedded ? processTree(pgdata) : [];
		const pss = tree.reduce((s, p) => s + (procPssBytes(p.pid) ?? 0), 0);

		const stopStart = process.hrtime.bigint();
		await stop(child, exit);
		return {
			ms,
			nodePeakRss: hwm ?? nodePeakPolled,
			pgPeakRss: embedded ? pgPeak : null,
			pgPss: embedded ? pss : null,
			seeded: output.includes('Databasen är tom'),
			listeningMs,
			timeline,
			non200,
			stopMs: msSince(stopStart)
		};
	} finally {
		clearInterval(sampler);
		if (state.exited === null) await stop(child, exit);
	}
}

/** SIGTERM, and wait: Nära closes the server, the database and its embedded PostgreSQL. */
async function stop(child: ChildProcess, exit: Promise<void>): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	const inTime = await Promise.race([
		exit.then(() => true),
		sleep(STOP_TIMEOUT_MS).then(() => false)
	]);
	if (!inTime) {
		log(`Nära did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM; killing it`);
		child.kill('SIGKILL');
		await exit;
	}
}

/** A postmaster still running in our temp data directory (after a failed run) is stopped. */
async function stopLeftoverPostgres(dataDir: string): Promise<void> {
	const postmasters = processTree(path.join(dataDir, 'pg')).filter((p) =>
		p.cmdline.includes(`-D ${path.join(dataDir, 'pg')}`)
	);
	for (const p of postmasters) {
		log(`stopping a PostgreSQL left running (pid ${p.pid})`);
		try {
			process.kill(p.pid, 'SIGQUIT');
		} catch {
			// already gone
		}
	}
	for (let i = 0; i < 50 && postmasters.some((p) => isAlive(p.pid)); i++) await sleep(100);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function tail(text: string, lines = 20): string {
	return text.trim().split('\n').slice(-lines).join('\n');
}
