import { z } from 'zod';
import { DEFAULT_DRAWS, MAX_DRAWS, MAX_HORIZON_YEARS, fieldErrorsOf } from '../domain/index.ts';
import type { Actor } from '../../../core/actor.ts';

/**
 * The bounds of a benefit-model computation by who asks (see
 * compute-limits.ts): the API and the editor's forms, which anyone may post,
 * apply the same. Plain zod, no OpenAPI, so that the forms can use it.
 */

export interface ComputeLimits {
	maxDraws: number;
	maxHorizonYears: number;
	/** wall-clock time the computation may take, turns given to others included */
	budgetMs: number;
	/** calls per minute */
	perMinute: number;
}

export const ANONYMOUS_LIMITS: ComputeLimits = {
	maxDraws: DEFAULT_DRAWS,
	maxHorizonYears: 20,
	budgetMs: 10_000,
	perMinute: 20
};

export const MEMBER_LIMITS: ComputeLimits = {
	maxDraws: MAX_DRAWS,
	maxHorizonYears: MAX_HORIZON_YEARS,
	budgetMs: 30_000,
	perMinute: 120
};

export const MIN_DRAWS = 1_000;

/** People with a role in some county (and the system) get the higher bounds. */
export const isMember = (actor: Actor) =>
	actor.kind === 'system' || (actor.kind === 'user' && actor.roles.length > 0);

export const limitsFor = (actor: Actor) => (isMember(actor) ? MEMBER_LIMITS : ANONYMOUS_LIMITS);

const grouped = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 });
/** 10 000, with a plain space as in Nära's other messages */
export const number = { format: (n: number) => grouped.format(n).replace(/\s/g, ' ') };

/** The caller's bounds as a schema: a refusal says the bound, and for anonymous callers how to get more. */
export function boundsSchema(actor: Actor) {
	const limits = limitsFor(actor);
	const anonymous = !isMember(actor);
	const more = (what: string) =>
		anonymous
			? ` Med en roll i ett län (inloggad eller med API-nyckel) går det upp till ${what}.`
			: '';
	return z.object({
		draws: z.number().max(limits.maxDraws, {
			error: `${anonymous ? 'Utan inloggning' : 'Nära'} räknas högst ${number.format(limits.maxDraws)} dragningar.${more(`${number.format(MEMBER_LIMITS.maxDraws)} dragningar`)}`
		}),
		horizonYears: z.number().max(limits.maxHorizonYears, {
			error: `${anonymous ? 'Utan inloggning' : 'I Nära'} får tidshorisonten vara högst ${limits.maxHorizonYears} år.${more(`${MEMBER_LIMITS.maxHorizonYears} år`)}`
		})
	});
}

/**
 * The field errors when a computation of `draws` draws over `horizonYears`
 * years is beyond the actor's bounds, else null. The editor's forms, which
 * anyone may post, use the same bounds as the API.
 */
export function boundsErrors(
	actor: Actor,
	draws: number,
	horizonYears: number
): Record<string, string[]> | null {
	const bounds = boundsSchema(actor).safeParse({ draws, horizonYears });
	return bounds.success ? null : fieldErrorsOf(bounds.error.issues);
}
