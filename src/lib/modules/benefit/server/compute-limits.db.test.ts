import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile } from '../../../../../tests/kit/cast.ts';
import { goldenA, largestScenario } from '../domain/test-scenarios.ts';
import { anonymous } from '../../../core/actor.ts';
import {
	ANONYMOUS_LIMITS,
	MEMBER_LIMITS,
	computeAnswer,
	computeRateRefusal,
	computeWithinLimits
} from './compute-limits.ts';

const database = databaseForFile();
const { reader } = castForFile(database, 'reader');

const query = (q: Record<string, string> = {}) => new URLSearchParams(q);
const withHorizon = (horizonYears: number) => ({ ...goldenA(), horizonYears });

describe('bounds on the draws and the horizon', () => {
	test('an anonymous caller gets at most 20 years and 10 000 draws, and is told the bound and how to get more', async () => {
		expect(ANONYMOUS_LIMITS.maxHorizonYears).toBe(20);
		expect(await computeWithinLimits(anonymous, withHorizon(21), query())).toEqual({
			kind: 'invalid',
			message: 'Kalkylen är större än Nära räknar åt dig.',
			fields: {
				horizonYears: [
					'Utan inloggning får tidshorisonten vara högst 20 år. Med en roll i ett län (inloggad eller med API-nyckel) går det upp till 50 år.'
				]
			}
		});
		expect(
			await computeWithinLimits(anonymous, withHorizon(20), query({ draws: '10001' }))
		).toMatchObject({
			kind: 'invalid',
			fields: {
				draws: [
					'Utan inloggning räknas högst 10 000 dragningar. Med en roll i ett län (inloggad eller med API-nyckel) går det upp till 100 000 dragningar.'
				]
			}
		});
		const allowed = await computeWithinLimits(anonymous, withHorizon(20), query());
		expect(allowed.kind).toBe('ok');
		if (allowed.kind === 'ok') expect(allowed.value.simulation.draws).toBe(10_000);
	});

	test('a person with a role in a county gets 50 years and up to 100 000 draws', async () => {
		const outcome = await computeWithinLimits(
			reader.actor,
			withHorizon(50),
			query({ draws: '20000' })
		);
		expect(outcome.kind).toBe('ok');
		if (outcome.kind === 'ok') {
			expect(outcome.value.simulation).toMatchObject({ draws: 20_000, horizonYears: 50 });
		}
		expect(
			await computeWithinLimits(reader.actor, withHorizon(50), query({ draws: '100001' }))
		).toMatchObject({
			kind: 'invalid',
			fields: { draws: ['Antalet dragningar (draws) ska vara ett heltal 1 000–100 000.'] }
		});
	});

	test('draws that are not a whole number are refused with the scenario’s own errors', async () => {
		const outcome = await computeWithinLimits(
			anonymous,
			{ ...goldenA(), horizonYears: 0 },
			query({ draws: '1,5' })
		);
		expect(outcome).toMatchObject({
			kind: 'invalid',
			fields: {
				draws: ['Antalet dragningar (draws) ska vara ett heltal 1 000–100 000.'],
				horizonYears: ['Tidshorisonten ska vara 1–50 år.']
			}
		});
	});
});

describe('the time budget', () => {
	test('a computation that does not finish within its budget is a 503 with Retry-After, not a shorter result', async () => {
		const outcome = await computeWithinLimits(anonymous, largestScenario(20), query(), 1);
		expect(outcome).toMatchObject({ kind: 'over_budget', retryAfterSeconds: 10 });
		const answer = computeAnswer(outcome);
		expect(answer.status).toBe(503);
		expect(answer.headers.get('retry-after')).toBe('10');
		expect(await answer.json()).toEqual({
			error: {
				code: 'unavailable',
				message:
					'Kalkylen hann inte räknas inom 0,001 sekunder: servern har mycket att göra just nu, eller så är kalkylen mycket stor. Försök igen om en stund, eller räkna med färre dragningar eller en kortare tidshorisont.'
			}
		});
	});

	test('while it computes, other work gets turns (the event loop is not held)', async () => {
		let turns = 0;
		const ticker = setInterval(() => turns++, 0);
		try {
			const outcome = await computeWithinLimits(
				reader.actor,
				largestScenario(30),
				query({ draws: '5000' })
			);
			expect(outcome.kind).toBe('ok');
		} finally {
			clearInterval(ticker);
		}
		// 5 000 draws in batches of 100, and a pause per organisation: 50 + 20 turns offered
		expect(turns).toBeGreaterThanOrEqual(20);
	});
});

describe('the rate limit', () => {
	test(`an anonymous address gets ${ANONYMOUS_LIMITS.perMinute} calls a minute, then 429 with Retry-After; other addresses are not affected`, async () => {
		for (let i = 1; i <= ANONYMOUS_LIMITS.perMinute; i++) {
			expect(
				await computeRateRefusal(database.db, anonymous, '203.0.113.5'),
				`call ${i}`
			).toBeNull();
		}
		const refused = await computeRateRefusal(database.db, anonymous, '203.0.113.5');
		expect(refused?.status).toBe(429);
		const wait = Number(refused!.headers.get('retry-after'));
		expect(wait).toBeGreaterThanOrEqual(1);
		expect(wait).toBeLessThanOrEqual(60);
		expect(await refused!.json()).toEqual({
			error: {
				code: 'too_many',
				message: `För många beräkningar från din adress: högst 20 i minuten. Vänta ${wait} sekunder och försök sedan igen.`
			}
		});
		expect(await computeRateRefusal(database.db, anonymous, '203.0.113.6')).toBeNull();

		// a minute later the address may compute again
		await database.db.execute(
			sql`update rate_limit_hits set at = at - interval '61 seconds' where key = '203.0.113.5'`
		);
		expect(await computeRateRefusal(database.db, anonymous, '203.0.113.5')).toBeNull();
	});

	test(`a person with a role is counted as themselves, ${MEMBER_LIMITS.perMinute} calls a minute from any address`, async () => {
		for (let i = 1; i <= MEMBER_LIMITS.perMinute; i++) {
			expect(
				await computeRateRefusal(database.db, reader.actor, `198.51.100.${i % 7}`),
				`call ${i}`
			).toBeNull();
		}
		const refused = await computeRateRefusal(database.db, reader.actor, '198.51.100.200');
		expect(refused?.status).toBe(429);
		expect((await refused!.json()).error.message).toMatch(
			/^För många beräkningar av dig: högst 120 i minuten\./
		);
		// the addresses themselves are free for anonymous callers
		expect(await computeRateRefusal(database.db, anonymous, '198.51.100.1')).toBeNull();
	});
});
