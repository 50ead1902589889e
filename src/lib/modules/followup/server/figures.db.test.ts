import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { anonymous } from '../../../core/actor.ts';
import { indicators, measurements } from '../tables.ts';
import { indicatorFigures, indicatorsFigures } from './figures.ts';

/** Several indicators' figures read together are the ones read one at a time. */

const database = databaseForFile();

describe('indicatorsFigures', () => {
	test('the same figures as indicatorFigures, one read for all; hidden and unknown ids left out', async () => {
		const db = database.db;
		const seeded = await db
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.koladaId, 'N20402'));
		const [internal] = await db
			.insert(indicators)
			.values({
				countyCode: '17',
				title: 'Internt nyckeltal',
				unit: 'procent',
				direction: 'higher_is_better',
				source: 'own',
				visibility: 'internal'
			})
			.returning();
		await db.insert(measurements).values({
			indicatorId: internal!.id,
			areaId: '0017',
			period: 2020,
			gender: 'T',
			value: 1,
			source: 'Test'
		});
		const ids = [seeded[0]!.id, internal!.id, 2147483000, seeded[0]!.id];
		const many = await indicatorsFigures(db, anonymous, '17', ids, 50);
		expect([...many.keys()]).toEqual([seeded[0]!.id]);
		const one = await indicatorFigures(db, anonymous, '17', seeded[0]!.id, 50);
		expect(one!.periods.length).toBeGreaterThan(5);
		expect(many.get(seeded[0]!.id)).toEqual(one);
		expect(await indicatorsFigures(db, anonymous, '99', ids)).toEqual(new Map());
		expect(await indicatorsFigures(db, anonymous, '17', [])).toEqual(new Map());
	});
});
