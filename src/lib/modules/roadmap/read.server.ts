import * as q from './queries.server.ts';
import { withCounty } from '../counties/index.server.ts';
import { type Roadmap } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';

export function roadmap(db: Db, actor: Actor, codeOrSlug: string): Promise<Outcome<Roadmap>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const r = await q.roadmap(db, c.code, visibleTo(actor, c.code));
		return r ? ok(r) : notFound(`${c.name} har ingen färdplan i Nära ännu.`);
	});
}
