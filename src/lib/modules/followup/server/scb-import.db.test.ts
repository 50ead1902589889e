import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	replayValue,
	startScbReplay,
	type ScbReplay
} from '../../../../../tests/scb/replay-server.ts';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile } from '../../../../../tests/kit/cast.ts';
import { systemActor } from '../../../core/actor.ts';
import { auditLog } from '../../../platform/db/tables.ts';
import { ScbError, createScbClient } from '../scb/client.ts';
import { needsPicture } from './dashboard.ts';
import { refreshFromScb } from './scb-import.ts';

/** Population and its projection from SCB (the replay server) into the seeded database: all or nothing. */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
let scb: ScbReplay;
beforeAll(async () => {
	scb = await startScbReplay();
});
afterAll(() => scb?.close());

const client = () =>
	createScbClient({
		baseUrl: scb.baseUrl,
		requestsPerSecond: 1000,
		backoffBaseMs: 1,
		maxRetries: 1,
		timeoutMs: 300
	});
const request = { countyCode: '17', fromYear: 2023, untilYear: 2040 };

async function snapshot(): Promise<string> {
	const [r] = await database.db.execute<{ m: string; p: string }>(sql`select
		(select md5(string_agg(concat_ws('|', indicator_id, area_id, period, value, source), ',' order by indicator_id, area_id, period, gender)) from measurements) m,
		(select md5(string_agg(concat_ws('|', area_id, source, base_year, age_group, year, value), ',' order by area_id, source, base_year, age_group, year)) from population_projections) p`);
	return `${r!.m}:${r!.p}`;
}
const sumOf = (region: string, from: number, to: number, year: number) => {
	let s = 0;
	for (let age = from; age <= to; age++)
		for (const sex of ['1', '2']) s += replayValue(region, age, sex, year);
	return s;
};

describe('refreshing population and projection from SCB', () => {
	test('a reader may not; nothing is fetched', async () => {
		const asked = scb.requests.length;
		const r = await refreshFromScb(database.db, reader.actor, request, { client: client() });
		expect(r.kind).toBe('forbidden');
		expect(scb.requests.length).toBe(asked);
	});

	test('a failed projection fetch (a timeout) writes nothing, not even the population fetched before it', async () => {
		const before = await snapshot();
		scb.inject('BE/BE0401/BE0401A/BefProgRegFakN', { hang: true });
		const error = await refreshFromScb(database.db, coordinator.actor, request, {
			client: client()
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ScbError);
		expect((error as ScbError).kind).toBe('timeout');
		// the population was fetched in full before the projection failed
		expect(
			scb.requests.filter((q) => q.table.endsWith('BefolkningNy')).map((q) => q.method)
		).toEqual(['GET', 'POST']);
		expect(await snapshot()).toBe(before);
	});

	test('the population as the Kolada population KPIs (source SCB), the projection to 2040, in one transaction, audited once', async () => {
		const r = await refreshFromScb(database.db, coordinator.actor, request, { client: client() });
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value).toEqual({
			areas: 18,
			population: { rows: 18 * 2 * 6, years: { from: 2023, to: 2024 } },
			projection: { rows: 18 * 5 * 16, baseYear: 2024, years: { from: 2025, to: 2040 } }
		});
		const [karlstad] = await database.db.execute<{ value: number; source: string }>(sql`
			select m.value, m.source from measurements m join indicators i on i.id = m.indicator_id
			where i.kolada_id = 'N01957' and m.area_id = '1780' and m.period = 2024 and m.gender = 'T'`);
		expect(karlstad).toEqual({ value: sumOf('1780', 80, 100, 2024), source: 'SCB' });
		const [older] = await database.db.execute<{ value: number }>(sql`
			select m.value from measurements m join indicators i on i.id = m.indicator_id
			where i.kolada_id = 'N01938' and m.area_id = '0017' and m.period = 2023`);
		expect(older!.value).toBe(sumOf('17', 65, 100, 2023));
		const [projected] = await database.db.execute<{ value: number; origin: string }>(sql`
			select value, origin from population_projections
			where source = 'SCB' and area_id = '0017' and age_group = '20-64' and year = 2040`);
		expect(projected).toEqual({
			value: sumOf('17', 20, 64, 2040),
			origin: 'SCB BE/BE0401/BE0401A/BefProgRegFakN'
		});
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'scb:17'));
		expect(audits).toHaveLength(1);
	});

	test('the Behovsbild then shows SCB’s projection, 20–64 per 80+, to 2040', async () => {
		const d = await needsPicture(database.db, 'varmland');
		if (d.kind !== 'ok') throw new Error(d.kind);
		expect(d.value.projection).toMatchObject({ source: 'SCB', workingGroup: '20-64' });
		const end = d.value.projection!.points.at(-1)!;
		expect(end.year).toBe(2040);
		expect(end.value).toBeCloseTo(sumOf('17', 20, 64, 2040) / sumOf('17', 80, 100, 2040), 10);
		expect(d.value.ratio.at(-1)!.period).toBe(2024);
	});

	test('refreshing again replaces SCB’s projection instead of adding to it', async () => {
		const count = sql`select count(*)::int n from population_projections where source = 'SCB'`;
		const [before] = await database.db.execute(count);
		const r = await refreshFromScb(database.db, systemActor('test'), request, { client: client() });
		expect(r.kind).toBe('ok');
		expect(await database.db.execute(count)).toEqual([before]);
	});
});

describe('before any refresh, the seeded projection from Kolada', () => {
	test('is read for a county SCB has not been asked about: 20–66 per 80+, 2030 and 2031', async () => {
		const d = await needsPicture(database.db, '20');
		if (d.kind !== 'ok') throw new Error(d.kind);
		expect(d.value.projection).toMatchObject({
			source: 'SCB via Kolada',
			workingGroup: '20-66',
			origins: ['Kolada N02836', 'Kolada N02837']
		});
		expect(d.value.projection!.points.map((p) => p.year)).toEqual([2030, 2031]);
	});
});
