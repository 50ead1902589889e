import { varmlandBarriers, type SeedBarrier } from '../../../../seed/barriers/varmland.ts';
import type { Tx } from '../../platform/db/client.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import { barriers } from './tables.ts';

/**
 * Seeding the barriers the source documents quote (part of `nara seed`,
 * inside its one transaction). Idempotent by the seed key: a barrier that is
 * there, edited or moved on or not, is left as it is. Raised by nobody, on a
 * day the source does not state, status "new".
 */

export const seededBarriers: SeedBarrier[] = varmlandBarriers;

/** Where in its source a seeded barrier comes from, as it is stored and shown. */
export const barrierPassageOf = (b: SeedBarrier) => `${b.section}: ”${b.quote}”`;

async function seedBarriers(tx: Tx): Promise<Record<string, number>> {
	const rows = await tx
		.insert(barriers)
		.values(
			seededBarriers.map((b) => ({
				seedKey: seedKey('barrier', b.countyCode, b.title),
				countyCode: b.countyCode,
				title: b.title,
				description: b.quote,
				metWhere: b.metWhere,
				kind: b.kind,
				status: 'new' as const,
				raisedByUserId: null,
				raisedOn: null,
				source: b.source,
				sourcePassage: barrierPassageOf(b)
			}))
		)
		.onConflictDoNothing()
		.returning({ id: barriers.id });
	return { barriers: rows.length };
}

export const barrierSeedSteps = [{ label: 'Hinder ur källorna', run: seedBarriers }];
