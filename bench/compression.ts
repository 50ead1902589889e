import http from 'node:http';
import { rawRequest, startServer, type RawAnswer, type Server } from '../tests/process.ts';
import { benchDatabase, log as say } from './followup-data.ts';
import {
	median,
	positiveFromEnv,
	processCpuNs,
	type BenchResult,
	type Benchmark,
	type Figure,
	type Target
} from './lib.ts';

/**
 * `compression`: what compressing the dynamic answers in `nara serve` saves
 * and costs (docs/decisions/0011-compression.md). For the vision page, an
 * indicator page (the largest linked from the follow-up page) and the
 * vision as JSON, on a built server with the seeded data: the bytes sent and the server's CPU per request (Node's threads, from
 * `/proc/<pid>/task/<tid>/schedstat`) asking for brotli and for gzip, against
 * the same request not asking (the baseline), interleaved on the same server
 * with one keep-alive connection. 200 requests of each kind
 * (BENCH_COMPRESSION_REQUESTS), after 20 of each to warm up.
 */

const NAME = 'compression';
const log = (m: string) => say(NAME, m);
const REQUESTS = positiveFromEnv('BENCH_COMPRESSION_REQUESTS', 200);
const WARMUP = 20;
const ENCODINGS = { plain: undefined, gzip: 'gzip', br: 'br' } as const;
type Encoding = keyof typeof ENCODINGS;
const ORDER: Encoding[] = ['plain', 'gzip', 'br'];

interface Sample {
	bytes: number;
	cpuMs: number[];
	wallMs: number[];
}

export const compressionBench: Benchmark = async (target: Target): Promise<BenchResult> => {
	const bench = await benchDatabase(target, NAME);
	await bench.close();
	let server: Server | undefined;
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	try {
		log('starting the built server');
		server = await startServer(bench.serverEnv, 300_000);
		const pid = server.child.pid!;
		const base = server.url;
		const indicator = await largestIndicatorPage(base);
		const pages = { vision: '/lan/varmland', indicator, vision_json: '/api/counties/17/vision' };

		const one = async (
			path: string,
			encoding: Encoding
		): Promise<RawAnswer & { cpuMs: number; wallMs: number }> => {
			const accept = ENCODINGS[encoding];
			const cpu0 = processCpuNs(pid)!;
			const t0 = performance.now();
			const answer = await rawRequest(
				`${base}${path}`,
				accept ? { 'accept-encoding': accept } : {},
				{ agent }
			);
			const wallMs = performance.now() - t0;
			const cpuMs = (processCpuNs(pid)! - cpu0) / 1e6;
			if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
			const got = answer.headers['content-encoding'];
			if (got !== accept)
				throw new Error(`${path} asked ${accept ?? 'plain'}, got ${got ?? 'plain'}`);
			return { ...answer, cpuMs, wallMs };
		};

		const results: Record<string, Record<Encoding, Sample>> = {};
		for (const [page, path] of Object.entries(pages)) {
			log(`${page} (${path}): ${WARMUP} warm-up and ${REQUESTS} measured requests of each kind`);
			const samples = Object.fromEntries(
				ORDER.map((e) => [e, { bytes: 0, cpuMs: [], wallMs: [] } as Sample])
			) as Record<Encoding, Sample>;
			for (let round = 0; round < WARMUP + REQUESTS; round++) {
				for (let k = 0; k < ORDER.length; k++) {
					const encoding = ORDER[(k + round) % ORDER.length]!;
					const a = await one(path, encoding);
					if (round < WARMUP) continue;
					samples[encoding].bytes = a.body.length;
					samples[encoding].cpuMs.push(a.cpuMs);
					samples[encoding].wallMs.push(a.wallMs);
				}
			}
			results[page] = samples;
		}

		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		const figures: Figure[] = Object.entries(results).flatMap(([page, s]) =>
			(['gzip', 'br'] as const).flatMap((e) => [
				{ name: `${page}_bytes_${e}`, value: s[e].bytes, unit: 'B', baseline: s.plain.bytes },
				{
					name: `${page}_cpu_per_request_${e}`,
					value: mean(s[e].cpuMs),
					unit: 'ms',
					baseline: mean(s.plain.cpuMs)
				}
			])
		);
		const round2 = (n: number) => Math.round(n * 100) / 100;
		return {
			figures,
			details: {
				database: bench.serverEnv,
				what: 'bytes as sent and Node CPU per request (schedstat, all threads), mean of the measured requests; baseline: no Accept-Encoding',
				requests: REQUESTS,
				warmup: WARMUP,
				pages,
				perPage: Object.fromEntries(
					Object.entries(results).map(([page, s]) => [
						page,
						Object.fromEntries(
							ORDER.map((e) => [
								e,
								{
									bytes: s[e].bytes,
									cpuMeanMs: round2(mean(s[e].cpuMs)),
									cpuMedianMs: round2(median(s[e].cpuMs)),
									wallMedianMs: round2(median(s[e].wallMs))
								}
							])
						)
					])
				)
			}
		};
	} finally {
		agent.destroy();
		await server?.stop();
		await bench.drop();
	}
};

/** The largest of the indicator pages linked from Värmland's follow-up (the one with the most data). */
async function largestIndicatorPage(base: string): Promise<string> {
	const followup = await rawRequest(`${base}/lan/varmland/uppfoljning`);
	const links = [
		...new Set(
			followup.body.toString('utf8').match(/\/lan\/varmland\/uppfoljning\/indikator\/[A-Z0-9]+/g)
		)
	];
	if (links.length === 0)
		throw new Error('no indicator page linked from /lan/varmland/uppfoljning');
	let best = { path: links[0]!, bytes: -1 };
	for (const path of links) {
		const bytes = (await rawRequest(`${base}${path}`)).body.length;
		if (bytes > best.bytes) best = { path, bytes };
	}
	return best.path;
}
