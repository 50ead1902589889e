import http from 'node:http';
import { describe, expect, test } from 'vitest';
import { goldenA } from '../src/lib/modules/benefit/domain/test-scenarios.ts';
import { baseUrl } from '../tests/kit/browser.ts';

/**
 * The bounds on `POST /api/benefit-model/compute` over HTTP, against the
 * built server: an anonymous caller's horizon and draws, and the rate limit
 * per client address. Each test calls from its own loopback address
 * (127.x.y.z, all of which reach the server on Linux), so that it neither
 * uses up nor depends on the limit of 127.0.0.1 that other tests call from.
 */

interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: unknown;
}

function compute(from: string, body: unknown, query = ''): Promise<Answer> {
	const url = new URL(`/api/benefit-model/compute${query}`, baseUrl());
	const data = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				localAddress: from,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) })
				);
			}
		);
		req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
		req.on('error', reject);
		req.end(data);
	});
}

/** A loopback address of its own for each test run and test. */
const address = (n: number) =>
	`127.${n}.${Math.floor(Math.random() * 250) + 1}.${(Date.now() % 250) + 1}`;

describe('compute bounds over HTTP', () => {
	test('an anonymous caller: over 20 years or over 10 000 draws is a 400 that names the bound', async () => {
		const from = address(10);
		const long = await compute(from, { ...goldenA(), horizonYears: 30 });
		expect(long.status).toBe(400);
		expect(long.body).toEqual({
			error: {
				code: 'invalid',
				message: 'Kalkylen är större än Nära räknar åt dig.',
				fields: {
					horizonYears: [
						'Utan inloggning får tidshorisonten vara högst 20 år. Med en roll i ett län (inloggad eller med API-nyckel) går det upp till 50 år.'
					]
				}
			}
		});
		const many = await compute(from, goldenA(), '?draws=50000');
		expect(many.status).toBe(400);
		expect(many.body).toMatchObject({
			error: {
				fields: {
					draws: [
						'Utan inloggning räknas högst 10 000 dragningar. Med en roll i ett län (inloggad eller med API-nyckel) går det upp till 100 000 dragningar.'
					]
				}
			}
		});
		const fewer = await compute(from, goldenA(), '?draws=2000');
		expect(fewer.status).toBe(200);
		expect(fewer.body).toMatchObject({ simulation: { draws: 2000, seed: 1 } });
	});

	test('the 21st call in a minute from one address is a 429 with Retry-After; another address still computes', async () => {
		const from = address(20);
		// bad input is counted too: the limit is on calls, checked before the body is read
		for (let i = 1; i <= 20; i++) {
			const res = await compute(from, {});
			expect(res.status, `call ${i}`).toBe(400);
		}
		const refused = await compute(from, goldenA());
		expect(refused.status).toBe(429);
		const wait = Number(refused.headers['retry-after']);
		expect(wait).toBeGreaterThanOrEqual(1);
		expect(wait).toBeLessThanOrEqual(60);
		expect(refused.body).toEqual({
			error: {
				code: 'too_many',
				message: `För många beräkningar från din adress: högst 20 i minuten. Vänta ${wait} sekunder och försök sedan igen.`
			}
		});
		expect((await compute(address(30), goldenA())).status).toBe(200);
	});
});
