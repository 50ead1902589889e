import { and, count, eq, gt, lt, min, sql } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { rateLimitHits } from './db/tables.ts';

/**
 * A sliding-window rate limit kept in PostgreSQL, so that several instances of
 * Nära behind one load balancer share it (the sign-in limiter in
 * auth/service.ts counts its attempts the same way). A call is counted when it
 * is let through; a refused call is not, so a caller who waits gets in again
 * when the oldest counted call leaves the window. Two calls at the same moment
 * may both pass the last free place: the limit may be overshot by the number
 * of calls in flight at once, never more.
 */

export interface RateLimit {
	/** what is limited, e.g. 'benefit-compute' */
	bucket: string;
	/** calls let through per window */
	max: number;
	/** the window in seconds */
	windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts a call by `key` (an address, a person) if the limit allows it. */
export async function takeRate(db: Db, limit: RateLimit, key: string): Promise<RateDecision> {
	const window = sql`now() - make_interval(secs => ${limit.windowSeconds})`;
	const mine = and(eq(rateLimitHits.bucket, limit.bucket), eq(rateLimitHits.key, key));
	// rows that have left the window: this caller's now, everybody's now and then
	await db.delete(rateLimitHits).where(and(mine, lt(rateLimitHits.at, window)));
	if (Math.random() < 0.01) await db.delete(rateLimitHits).where(lt(rateLimitHits.at, window));
	const [row] = await db
		.select({
			n: count(),
			wait: sql<
				string | null
			>`extract(epoch from ${min(rateLimitHits.at)} + make_interval(secs => ${limit.windowSeconds}) - now())`
		})
		.from(rateLimitHits)
		.where(and(mine, gt(rateLimitHits.at, window)));
	if ((row?.n ?? 0) >= limit.max) {
		const wait = Number(row?.wait ?? limit.windowSeconds);
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
	}
	await db.insert(rateLimitHits).values({ bucket: limit.bucket, key });
	return { allowed: true };
}
