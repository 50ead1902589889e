import fs from 'node:fs/promises';
import { largestScenario } from '../src/lib/modules/benefit/domain/test-scenarios.ts';
import { startServer, tempDataDir } from '../tests/process.ts';
import { median, percentile, sleep, type Benchmark, type Target } from './lib.ts';

/**
 * `compute-load`: how long `/healthz` takes while three of the largest
 * computations an anonymous caller may ask for (`POST
 * /api/benefit-model/compute`: 400 municipalities, 20 organisations, 50
 * costs, 10 outcomes, 20 years, 10 000 draws, every input uncertain) are in
 * flight at once, against a built Nära (`npm run build` first). Baseline:
 * `/healthz` on the same server with nothing else running.
 *
 * Before the bounds (issue 11) a 50-year scenario held the server for about
 * 5 s and three at once made `/healthz` take 14.7 s; the Monte Carlo now
 * gives other requests a turn after every 100 draws.
 *
 * Three rounds (9 computations, within the anonymous rate limit of 20 a
 * minute), each scenario named differently so that no answer comes from the
 * cache.
 */

const ROUNDS = 3;
const IN_FLIGHT = 3;
const IDLE_SAMPLES = 20;
const PING_EVERY_MS = 50;

const log = (message: string) => console.error(`compute-load: ${message}`);

async function timed(url: string): Promise<number> {
	const start = performance.now();
	const res = await fetch(url);
	await res.arrayBuffer();
	if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
	return performance.now() - start;
}

export const computeLoad: Benchmark = async (target: Target) => {
	const dir = await tempDataDir();
	const env: Record<string, string> =
		target.db === 'external' ? { DATABASE_URL: target.databaseUrl! } : {};
	log('starting the server');
	const server = await startServer({ NARA_DATA_DIR: dir, ...env });
	try {
		const health = `${server.url}/healthz`;
		await timed(health);
		const idle: number[] = [];
		for (let i = 0; i < IDLE_SAMPLES; i++) {
			idle.push(await timed(health));
			await sleep(PING_EVERY_MS);
		}

		const loaded: number[] = [];
		const computeMs: number[] = [];
		const statuses: number[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			log(`round ${round + 1} of ${ROUNDS}`);
			let running = IN_FLIGHT;
			const computes = Array.from({ length: IN_FLIGHT }, async (_, i) => {
				const scenario = { ...largestScenario(20), name: `Belastning ${Date.now()} ${round}.${i}` };
				const start = performance.now();
				const res = await fetch(`${server.url}/api/benefit-model/compute`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(scenario)
				});
				await res.arrayBuffer();
				computeMs.push(performance.now() - start);
				statuses.push(res.status);
				running--;
			});
			// the pings start once the computations are under way
			await sleep(100);
			while (running > 0) {
				loaded.push(await timed(health));
				await sleep(PING_EVERY_MS);
			}
			await Promise.all(computes);
		}
		return {
			figures: [
				{
					name: 'healthz_p50_under_3_computes',
					value: median(loaded),
					unit: 'ms',
					baseline: median(idle)
				},
				{
					name: 'healthz_max_under_3_computes',
					value: Math.max(...loaded),
					unit: 'ms',
					baseline: Math.max(...idle)
				},
				{
					name: 'compute_p50_of_3_at_once',
					value: median(computeMs),
					unit: 'ms',
					baseline: null
				}
			],
			details: {
				idleMs: idle,
				loadedMs: loaded,
				loadedP95: percentile(loaded, 95),
				computeMs,
				statuses
			}
		};
	} finally {
		await server.stop();
		await fs.rm(dir, { recursive: true, force: true });
	}
};
