import type { Actor } from '../../core/actor.ts';
import { fieldErrors, invalid, ok, type Outcome } from '../../core/outcome.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { withCounty } from '../counties/index.server.ts';
import { AGREEMENT_RULE, defaultYear, summariseFunds } from './domain/funds.ts';
import { fundingRows } from './queries.server.ts';
import { FundsQuery, type FundsReport } from './schema.ts';

/**
 * The account of the state agreement's funds for one year of a county: read
 * from the inventory's funding rows, with the inventory's visibility (a
 * visitor sees the public initiatives only). Nothing is written.
 */
export function fundsReport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	query: Record<string, unknown>,
	today = new Date()
): Promise<Outcome<FundsReport>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const parsed = FundsQuery.safeParse(query);
		if (!parsed.success)
			return invalid('Redovisningen kunde inte visas.', fieldErrors(parsed.error.issues));
		const rows = await fundingRows(db, c.code, visibleTo(actor, c.code));
		const years = summariseFunds(rows, 0).years;
		const year = parsed.data.year ?? defaultYear(years, today);
		const s = summariseFunds(rows, year);
		return ok({
			county: { code: c.code, name: c.name, slug: c.slug },
			year,
			years: s.years,
			rule: AGREEMENT_RULE,
			source: {
				description: `${c.name}s inventering i Nära: insatsernas finansieringsrader`,
				lastChanged: s.lastChanged
			},
			total: s.total,
			initiatives: s.initiatives,
			byOrganisation: s.byOrganisation,
			byDevelopmentArea: s.byDevelopmentArea,
			missing: s.missing.map((m) => ({
				initiativeId: m.initiativeId,
				title: m.title,
				leadOrganisation: m.leadOrganisation,
				year: m.year,
				fundingSource: m.fundingSource,
				amountSek: null,
				note: m.note,
				changedOn: m.changedOn
			}))
		});
	});
}
