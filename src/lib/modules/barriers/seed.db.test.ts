import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { barrierList } from './read.server.ts';
import { seededBarriers } from './seed.server.ts';
import { barrierSteps, barriers } from './tables.ts';

const database = databaseForFile();
const db = () => database.db;

describe('the seeded barriers', () => {
	test('each is there once, new, raised by nobody on an unknown day, with its source and quote; seeding again adds none', async () => {
		const seeded = await db()
			.select()
			.from(barriers)
			.where(and(eq(barriers.countyCode, '17'), isNotNull(barriers.seedKey)));
		expect(seeded.map((b) => b.title).sort()).toEqual(seededBarriers.map((b) => b.title).sort());
		for (const b of seeded) {
			const from = seededBarriers.find((s) => s.title === b.title)!;
			expect(b).toMatchObject({
				status: 'new',
				raisedByUserId: null,
				raisedOn: null,
				kind: from.kind,
				description: from.quote,
				source: '001_ae9703054a45fcdc.txt'
			});
			expect(b.sourcePassage).toContain(from.quote);
		}
		expect(
			await db().select().from(barrierSteps).where(eq(barrierSteps.barrierId, seeded[0]!.id))
		).toEqual([]);

		const again = await seedDatabase(db());
		expect(again.inserted.barriers ?? 0).toBe(0);
		const after = await db().select().from(barriers).where(isNotNull(barriers.seedKey));
		expect(after).toHaveLength(seededBarriers.length);
	});

	test('the public list shows them with their source, without a name and with the day unknown', async () => {
		const list = await barrierList(db(), anonymous, '17');
		if (list.kind !== 'ok') throw new Error(list.kind);
		const shown = list.value.barriers.filter((b) => b.source !== null);
		expect(shown).toHaveLength(seededBarriers.length);
		for (const b of shown) {
			expect(b).not.toHaveProperty('raisedBy');
			expect(b.raisedOn).toBeNull();
			expect(b.sourcePassage).not.toBe('');
		}
		expect(list.value.counts).toContainEqual({ kind: 'digital_systems', status: 'new', count: 1 });
		expect(list.value.counts).toContainEqual({ kind: 'laws_rules', status: 'new', count: 1 });
	});
});
