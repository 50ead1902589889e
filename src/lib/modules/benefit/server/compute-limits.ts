// first: extends zod with .openapi() before the schemas below are made
import { z } from '../../../core/zod.ts';
import { json } from '@sveltejs/kit';
import { DEFAULT_DRAWS, MAX_DRAWS, fieldErrorsOf, validateScenario } from '../domain/index.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import { apiResponse } from '../../../platform/http.ts';
import { invalid, ok, type Outcome } from '../../../core/outcome.ts';
import { takeRate, type RateLimit } from '../../../platform/rate-limit.ts';
import {
	ANONYMOUS_LIMITS,
	MEMBER_LIMITS,
	MIN_DRAWS,
	boundsSchema,
	isMember,
	limitsFor,
	number
} from './compute-bounds.ts';
import { BenefitComputation } from './schemas.ts';
import { computeValidatedWithin, type ComputedScenario } from './service.ts';

/**
 * Bounds on `POST /api/benefit-model/compute`, which anyone may call: a
 * Monte Carlo of the largest scenario over 50 years is about a second of one
 * core, so without bounds a few anonymous callers could hold the server.
 *
 * - Anonymous callers may ask for fewer draws and a shorter horizon than
 *   people with a role in a county (signed in, or with an API token).
 * - The computation gives other requests a turn after every batch of draws
 *   (so /healthz and pages answer while it runs) and stops when its time
 *   budget is spent: 503 with Retry-After, never a result of fewer draws.
 * - The calls are rate-limited per client address (anonymous) or per person,
 *   counted in PostgreSQL so that every instance shares the count.
 */

const drawsMessage = `Antalet dragningar (draws) ska vara ett heltal ${number.format(MIN_DRAWS)}–${number.format(MAX_DRAWS)}.`;

/** The query of the compute endpoint. */
export const ComputeQuery = z.object({
	draws: z.coerce
		.number({ error: drawsMessage })
		.int({ error: drawsMessage })
		.min(MIN_DRAWS, { error: drawsMessage })
		.max(MAX_DRAWS, { error: drawsMessage })
		.default(DEFAULT_DRAWS)
		.openapi({
			description: `Antal dragningar i Monte Carlo-simuleringen, ${number.format(DEFAULT_DRAWS)} om det inte anges. Utan inloggning högst ${number.format(ANONYMOUS_LIMITS.maxDraws)}, med en roll i ett län högst ${number.format(MEMBER_LIMITS.maxDraws)}.`
		})
});

export { ANONYMOUS_LIMITS, MEMBER_LIMITS } from './compute-bounds.ts';

export type ComputeOutcome =
	Outcome<ComputedScenario> | { kind: 'over_budget'; message: string; retryAfterSeconds: number };

/** Validates the query and the scenario, applies the caller's bounds and computes within the time budget. */
export async function computeWithinLimits(
	actor: Actor,
	raw: unknown,
	query: URLSearchParams,
	budgetMs = limitsFor(actor).budgetMs
): Promise<ComputeOutcome> {
	const parsedQuery = ComputeQuery.safeParse(Object.fromEntries(query));
	const validated = validateScenario(raw);
	const fields = {
		...(parsedQuery.success ? {} : fieldErrorsOf(parsedQuery.error.issues)),
		...(validated.ok ? {} : validated.errors)
	};
	if (!parsedQuery.success || !validated.ok) return invalid('Kalkylen kunde inte räknas.', fields);
	const { draws } = parsedQuery.data;
	const bounds = boundsSchema(actor).safeParse({
		draws,
		horizonYears: validated.value.horizonYears
	});
	if (!bounds.success)
		return invalid('Kalkylen är större än Nära räknar åt dig.', fieldErrorsOf(bounds.error.issues));
	const computed = await computeValidatedWithin(validated.value, draws, budgetMs);
	if (!computed) {
		return {
			kind: 'over_budget',
			message: `Kalkylen hann inte räknas inom ${number.format(budgetMs / 1000)} sekunder: servern har mycket att göra just nu, eller så är kalkylen mycket stor. Försök igen om en stund, eller räkna med färre dragningar eller en kortare tidshorisont.`,
			retryAfterSeconds: 10
		};
	}
	return ok(computed);
}

export const computeRateLimit = (actor: Actor): RateLimit => ({
	bucket: 'benefit-compute',
	max: limitsFor(actor).perMinute,
	windowSeconds: 60
});

/**
 * The rate limit of the compute endpoint: per person for people with a role
 * in a county, else per client address. Null when the call may go ahead, else
 * the 429 answer.
 */
export async function computeRateRefusal(
	db: Db,
	actor: Actor,
	address: string
): Promise<Response | null> {
	const limit = computeRateLimit(actor);
	const key = actor.kind === 'user' && isMember(actor) ? `user:${actor.userId}` : address;
	const decision = await takeRate(db, limit, key);
	if (decision.allowed) return null;
	const who = key === address ? 'från din adress' : 'av dig';
	return errorAnswer(
		429,
		'too_many',
		`För många beräkningar ${who}: högst ${limit.max} i minuten. Vänta ${decision.retryAfterSeconds} sekunder och försök sedan igen.`,
		decision.retryAfterSeconds
	);
}

function errorAnswer(
	status: number,
	code: string,
	message: string,
	retryAfterSeconds: number
): Response {
	return json(
		{ error: { code, message } },
		{ status, headers: { 'retry-after': String(retryAfterSeconds) } }
	);
}

/** The API's answer to a compute outcome. */
export function computeAnswer(outcome: ComputeOutcome): Response {
	if (outcome.kind === 'over_budget')
		return errorAnswer(503, 'unavailable', outcome.message, outcome.retryAfterSeconds);
	return apiResponse(
		outcome.kind === 'ok'
			? { kind: 'ok', value: { ...outcome.value, scenario: outcome.value.input } }
			: outcome,
		BenefitComputation
	);
}
