import type { Sql } from 'postgres';

/**
 * A postgres.js pool that can be swapped for a fresh one while in use.
 *
 * postgres.js 3.4.9 can leave a pooled connection unable to write after its
 * socket closed with a write pending (it keeps the stale write and its timer),
 * so after a connection broke the pool is replaced rather than trusted: new
 * queries go to the new pool at once, the old one finishes what it runs (its
 * transactions included) and is then closed, which also fails any query stuck
 * on a broken connection instead of leaving it waiting.
 *
 * `sql` is a stand-in for the current pool that Drizzle and everything else
 * use; it forwards calls and properties to whichever pool is current.
 */
export interface RenewablePool {
	sql: Sql;
	/** replaces the pool (at most once a second); returns whether it did */
	renew(): boolean;
	end(options?: { timeout?: number }): Promise<void>;
}

const MIN_INTERVAL_MS = 1_000;
/** how long the old pool may finish its work before its connections are cut */
const DRAIN_SECONDS = 5;

export function renewablePool(make: () => Sql, log: (m: string) => void): RenewablePool {
	let current = make();
	let renewedAt = 0;
	let ended = false;
	const retiring = new Set<Promise<void>>();

	const forward = (prop: string | symbol) => {
		const value = Reflect.get(current, prop) as unknown;
		return typeof value === 'function'
			? (value as (...a: unknown[]) => unknown).bind(current)
			: value;
	};
	const sql = new Proxy((() => {}) as unknown as Sql, {
		apply: (_t, _this, args: unknown[]) =>
			(current as unknown as (...a: unknown[]) => unknown)(...args),
		get: (_t, prop) => forward(prop),
		has: (_t, prop) => prop in current
	});

	return {
		sql,
		renew() {
			const now = Date.now();
			if (ended || now - renewedAt < MIN_INTERVAL_MS) return false;
			renewedAt = now;
			const old = current;
			const next = make();
			// Drizzle sets its own parsers and serializers on the pool it was given.
			Object.assign(next.options.parsers, old.options.parsers);
			Object.assign(next.options.serializers, old.options.serializers);
			current = next;
			log('Databasanslutningarna bröts; Nära öppnar nya.');
			const done = old
				.end({ timeout: DRAIN_SECONDS })
				.catch(() => {})
				.finally(() => retiring.delete(done));
			retiring.add(done);
			return true;
		},
		async end(options) {
			ended = true;
			await Promise.all([current.end(options), ...retiring]);
		}
	};
}
