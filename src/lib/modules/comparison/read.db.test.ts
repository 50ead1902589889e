import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { compareCounties } from './read.server.ts';

/** Värmland, Dalarna and Kronoberg side by side, on the seeded content. */

const database = databaseForFile();

const publicCount = async (table: typeof initiatives | typeof processes, code: string) => {
	const [row] = await database.db
		.select({ n: sql<number>`count(*)::int` })
		.from(table)
		.where(and(eq(table.countyCode, code), eq(table.visibility, 'public')));
	return row!.n;
};

describe('comparing counties', () => {
	test('fewer than two, or an unknown county: a clear refusal', async () => {
		expect(await compareCounties(database.db, anonymous, { lan: ['17'] })).toMatchObject({
			kind: 'invalid',
			fields: { lan: ['Välj minst två län att jämföra.'] }
		});
		expect(await compareCounties(database.db, anonymous, { lan: ['17', '99'] })).toMatchObject({
			kind: 'invalid',
			fields: { lan: ['Välj län i listan.'] }
		});
		expect(await compareCounties(database.db, anonymous, { lan: ['17', '17'] })).toMatchObject({
			kind: 'invalid'
		});
	});

	test('the inventories, the processes and the default indicators, county by county', async () => {
		const r = await compareCounties(database.db, anonymous, { lan: ['20', '17', '07'] });
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		// in the order of the counties' codes
		expect(r.value.counties.map((c) => c.code)).toEqual(['07', '17', '20']);
		for (const c of r.value.counties) {
			expect(c.inventory.total).toBe(await publicCount(initiatives, c.code));
			const phases = Object.values(c.inventory.byPhase).reduce((a, b) => a + b, 0);
			expect(phases).toBe(c.inventory.total);
			expect(c.coverage.processes).toBe(await publicCount(processes, c.code));
			for (const area of Object.values(c.coverage.byArea))
				expect(
					area.not_assessed + area.not_considered + area.considered + area.worked_through
				).toBe(c.coverage.processes);
		}
		const varmland = r.value.counties.find((c) => c.code === '17')!;
		expect(varmland.inventory.total).toBeGreaterThan(0);
		expect(varmland.coverage.processes).toBeGreaterThan(0);
		// one indicator per focus shift unless chosen; each county answers each
		const chosen = r.value.indicators.filter((i) => i.chosen);
		expect(new Set(chosen.map((i) => i.focusShift)).size).toBe(chosen.length);
		expect(chosen.length).toBeGreaterThan(0);
		for (const c of r.value.counties)
			expect(c.indicators.map((i) => i.indicatorId)).toEqual(chosen.map((i) => i.id));
		const figure = varmland.indicators.find((i) => i.figure)?.figure;
		expect(figure?.credit).toMatch(/Kolada/);
	});

	test('chosen indicators replace the default', async () => {
		const all = await compareCounties(database.db, anonymous, { lan: ['17', '20'] });
		if (all.kind !== 'ok') throw new Error(all.kind);
		const pick = all.value.indicators.at(-1)!.id;
		const r = await compareCounties(database.db, anonymous, {
			lan: ['17', '20'],
			indikator: [String(pick)]
		});
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.value.indicators.filter((i) => i.chosen).map((i) => i.id)).toEqual([pick]);
	});
});
