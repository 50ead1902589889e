import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReplayServer, type ReplayServer } from './kolada/replay-server.ts';
import { decodedBody as decoded, rawRequest } from './process.ts';
import { setUp, type Setup } from './traffic.ts';

/**
 * `nara serve` compresses its dynamic answers (docs/decisions/0011-compression.md):
 * brotli or gzip as Accept-Encoding asks, plain when it does not ask, the
 * decoded bytes the same as the plain ones, `Vary: Accept-Encoding`, no
 * Content-Length on a compressed answer; precompressed static files keep their
 * own encoding and length. A job's progress, polled as JSON, still works.
 */

let s: Setup;
let kolada: ReplayServer;
beforeAll(async () => {
	kolada = await startReplayServer();
	s = await setUp('embedded', { KOLADA_BASE_URL: kolada.baseUrl });
});
afterAll(async () => {
	await s?.dispose();
	await kolada?.close();
});

describe('compressed answers', () => {
	test.each([
		['/lan/varmland', 'text/html'],
		['/api/counties/17/vision', 'application/json']
	])('%s: gzip and brotli when asked, plain when not, the same content', async (path, type) => {
		const url = `${s.server.url}${path}`;
		const plain = await rawRequest(url);
		expect(plain.status).toBe(200);
		expect(plain.headers['content-type']).toContain(type);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toMatch(/accept-encoding/i);
		expect(plain.body.length).toBeGreaterThan(1024);

		const gzip = await rawRequest(url, { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.headers.vary).toMatch(/accept-encoding/i);
		expect(gzip.headers['content-length']).toBeUndefined();
		expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
		expect(decoded(gzip)).toBe(plain.body.toString('utf8'));

		const br = await rawRequest(url, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(decoded(br)).toBe(plain.body.toString('utf8'));

		// the client's preference counts
		const preferGzip = await rawRequest(url, { 'accept-encoding': 'br;q=0.1, gzip' });
		expect(preferGzip.headers['content-encoding']).toBe('gzip');
		const identity = await rawRequest(url, { 'accept-encoding': 'identity' });
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.body.equals(plain.body)).toBe(true);
	});

	test('a HEAD request and a small answer are sent plain', async () => {
		const head = await rawRequest(
			`${s.server.url}/lan/varmland`,
			{ 'accept-encoding': 'gzip' },
			{ method: 'HEAD' }
		);
		expect(head.status).toBe(200);
		expect(head.headers['content-encoding']).toBeUndefined();
		const small = await rawRequest(`${s.server.url}/healthz`, { 'accept-encoding': 'gzip, br' });
		expect(small.status).toBe(200);
		expect(small.body.length).toBeLessThan(1024);
		expect(small.headers['content-encoding']).toBeUndefined();
	});

	test('a precompressed static file keeps its own encoding and a correct length', async () => {
		const page = (await rawRequest(`${s.server.url}/lan/varmland`)).body.toString('utf8');
		const asset = page.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
		expect(asset).toBeDefined();
		const plain = await rawRequest(`${s.server.url}${asset}`);
		const br = await rawRequest(`${s.server.url}${asset}`, { 'accept-encoding': 'br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		expect(decoded(br)).toBe(plain.body.toString('utf8'));
	});

	test('a Kolada import started by form: its progress polled as JSON, compressed or not', async () => {
		const started = await fetch(`${s.server.url}/lan/varmland/import/kolada`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie: s.cookie,
				origin: s.server.url,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ kpis: 'N20402, U01402', from: '2020', to: '2022' })
		});
		expect(started.status).toBe(303);
		const id = Number(started.headers.get('location')!.split('/').at(-1));
		const poll = `${s.server.url}/api/counties/17/kolada-imports/${id}`;
		const deadline = Date.now() + 90_000;
		let job: { status: string; message?: string } = { status: 'unknown' };
		for (let i = 0; Date.now() < deadline; i++) {
			const raw = await rawRequest(poll, {
				cookie: s.cookie,
				...(i % 2 === 0 ? { 'accept-encoding': 'gzip, br' } : {})
			});
			expect(raw.status).toBe(200);
			expect(raw.headers['content-type']).toContain('application/json');
			job = JSON.parse(decoded(raw)) as typeof job;
			if (job.status === 'done' || job.status === 'failed') break;
			await new Promise((r) => setTimeout(r, 250));
		}
		expect(job).toMatchObject({ status: 'done' });
		expect(job.message).toMatch(/^Läste in 95 värden/);
	});
});
