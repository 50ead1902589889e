import type { Actor } from '../../core/actor.ts';
import { canReadInternal, visibleTo } from '../../core/permissions.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { withCounty } from '../counties/index.server.ts';
import { countBarriers, type BarrierCount } from './domain/counts.ts';
import { countyBarriers } from './queries.server.ts';
import type { Barrier } from './schema.ts';

/**
 * The county's barriers: the public list without the names of those who
 * raised them; people with a role in the county see the internal ones and
 * the names too. With counts by kind and status.
 */
export function barrierList(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ barriers: Barrier[]; counts: BarrierCount[] }>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const list = await countyBarriers(db, c.code, visibleTo(actor, c.code), {
			withRaiser: canReadInternal(actor, c.code)
		});
		return ok({ barriers: list, counts: countBarriers(list) });
	});
}

/** One barrier of the county, as its page shows it. */
export function barrier(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<Barrier>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const [found] = await countyBarriers(db, c.code, visibleTo(actor, c.code), {
			withRaiser: canReadInternal(actor, c.code),
			id
		});
		return found ? ok(found) : notFound('Hindret finns inte.');
	});
}
