import * as q from './queries.server.ts';
import * as countyQ from '../counties/index.server.ts';
import { withCounty } from '../counties/index.server.ts';
import { adoptionOverview, type AdoptionOverview } from './domain/adoption.ts';
import { type Decision } from './schema.ts';
import { adoptionMap } from './adoption-map.server.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { ok, type Outcome } from '../../core/outcome.ts';

export function decisions(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ decisions: Decision[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({ decisions: await q.decisions(db, c.code, visibleTo(actor, c.code)) })
	);
}
/** The adoption of the vision: every organisation of the county, when it adopted, and a map. */
export function adoption(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ overview: AdoptionOverview; mapSvg: string; decisions: Decision[] }>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const [orgs, all, features] = await Promise.all([
			countyQ.organisations(db, c.code),
			q.decisions(db, c.code, visibleTo(actor, c.code)),
			countyQ.municipalityBoundaries(db, c.code)
		]);
		const overview = adoptionOverview(
			orgs.filter((o) => o.kind === 'region' || o.kind === 'municipality'),
			all
				.filter((d) => d.subject === 'vision_adoption')
				.map((d) => ({
					organisationId: d.organisation.id,
					decidedOn: d.decidedOn,
					datePrecision: d.datePrecision,
					source: d.source
				}))
		);
		return ok({ overview, mapSvg: adoptionMap(c.shortName, overview, features), decisions: all });
	});
}
