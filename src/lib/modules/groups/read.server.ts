import * as q from './queries.server.ts';
import * as countyQ from '../counties/index.server.ts';
import { withCounty } from '../counties/index.server.ts';
import { type Group } from './schema.ts';
import { type Organisation } from '../counties/index.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { ok, type Outcome } from '../../core/outcome.ts';

export function organisations(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ organisations: Organisation[]; groups: Group[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({
			organisations: await countyQ.organisations(db, c.code),
			groups: await q.groups(db, c.code, visibleTo(actor, c.code))
		})
	);
}
