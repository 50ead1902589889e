import { varmlandSupport, type SeedSupportOffer } from '../../../../seed/support/varmland.ts';
import type { Tx } from '../../platform/db/client.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import { supportOffers } from './tables.ts';

/**
 * Seeding the support structure's catalogue (part of `nara seed`, inside its
 * one transaction): what Värmland's sources name (seed/support/). Idempotent by
 * the seed key: an offer that is there, edited or not, is left as it is.
 */

export const seededSupport: { countyCode: string; offers: SeedSupportOffer[] }[] = [
	{ countyCode: '17', offers: varmlandSupport }
];

export const supportSeedSteps = [
	{
		label: 'Stödstrukturens utbud',
		async run(tx: Tx): Promise<Record<string, number>> {
			let added = 0;
			for (const { countyCode, offers } of seededSupport) {
				const rows = await tx
					.insert(supportOffers)
					.values(
						offers.map((o) => ({
							countyCode,
							kind: o.kind,
							title: o.title,
							description: o.description,
							provider: o.provider,
							prerequisites: o.prerequisites,
							developmentAreas: o.developmentAreas,
							link: o.link,
							source: o.source,
							sourceQuote: o.quote,
							sourceLocator: o.locator,
							seedKey: seedKey('support_offer', countyCode, o.title)
						}))
					)
					.onConflictDoNothing()
					.returning({ id: supportOffers.id });
				added += rows.length;
			}
			return { support_offers: added };
		}
	}
];
