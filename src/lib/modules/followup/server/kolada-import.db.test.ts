import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../../../../tests/kolada/replay-server.ts';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { castForFile, testUser, type TestUser } from '../../../../../tests/kit/cast.ts';
import { auditLog } from '../../../platform/db/tables.ts';
import { KoladaError } from '../kolada/client.ts';
import {
	FETCH_STEP,
	WRITE_STEP,
	importFromKolada,
	koladaImportClient,
	parseKpis,
	parseYears
} from './kolada-import.ts';

/** Values from Kolada (the replay server) into the seeded database: all or nothing. */

const database = databaseForFile();
const { coordinator, reader } = castForFile(database, 'coordinator', 'reader');
let kolada: ReplayServer;
let otherCoordinator: TestUser;

beforeAll(async () => {
	kolada = await startReplayServer();
	otherCoordinator = await testUser(database.db, 'coordinator', '12', 'Malmö stad');
});
afterAll(() => kolada?.close());

const request = { kpis: ['N20402', 'U01402'], countyCode: '17', years: [2020, 2021, 2022] };
const client = (onProgress?: (step: string, done: number, total: number) => void) =>
	koladaImportClient(
		{ baseUrl: kolada.baseUrl, perPage: 30, backoffBaseMs: 1, requestsPerSecond: 1000 },
		onProgress
	);

async function snapshot(): Promise<string> {
	const [r] = await database.db.execute<{ n: number; h: string }>(
		sql`select count(*)::int n, md5(string_agg(concat_ws('|', indicator_id, area_id, period, gender, value, count, status, source, imported_at), ',' order by indicator_id, area_id, period, gender)) h from measurements`
	);
	return `${r!.n}:${r!.h}`;
}
const koladaAudits = () =>
	database.db.select().from(auditLog).where(eq(auditLog.entityId, 'kolada:17'));

describe('parsing the command line', () => {
	test('years and KPIs', () => {
		expect(parseYears('2010-2012')).toEqual([2010, 2011, 2012]);
		expect(parseYears('2022')).toEqual([2022]);
		expect(parseYears('2022-2010')).toBeNull();
		expect(parseYears('tjugo')).toBeNull();
		expect(parseKpis('n20402, U01402,,N20402')).toEqual(['N20402', 'U01402']);
	});
});

describe('who may import', () => {
	test('a reader and another county’s coordinator are refused; nothing is fetched', async () => {
		const asked = kolada.requests.length;
		for (const actor of [reader.actor, otherCoordinator.actor]) {
			const r = await importFromKolada(database.db, actor, request, { client: client() });
			expect(r.kind).toBe('forbidden');
		}
		expect(kolada.requests.length).toBe(asked);
	});
});

describe('refused before fetching', () => {
	test('a KPI that is not in Nära', async () => {
		const r = await importFromKolada(
			database.db,
			coordinator.actor,
			{ ...request, kpis: ['N20402', 'X99999'] },
			{ client: client() }
		);
		expect(r).toEqual({
			kind: 'invalid',
			message: 'Importen kunde inte starta.',
			fields: {
				kpis: ['Nyckeltalet X99999 finns inte i Nära. Ange Kolada-id ur katalogen, t.ex. N20402.']
			}
		});
	});

	test('an unknown county and bad years', async () => {
		const county = await importFromKolada(
			database.db,
			coordinator.actor,
			{ ...request, countyCode: '99' },
			{ client: client() }
		);
		expect(county.kind).toBe('forbidden');
		const years = await importFromKolada(
			database.db,
			coordinator.actor,
			{ ...request, years: [] },
			{ client: client() }
		);
		expect(years.kind).toBe('invalid');
	});
});

describe('a coordinator imports the county’s values', () => {
	test('a failed fetch writes nothing', async () => {
		const before = await snapshot();
		kolada.inject(
			'/v3/data/kpi/N20402,U01402/municipality/0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785/year/2020,2021,2022',
			{ status: 404 }
		);
		await expect(
			importFromKolada(database.db, coordinator.actor, request, { client: client() })
		).rejects.toBeInstanceOf(KoladaError);
		expect(await snapshot()).toBe(before);
		expect(await koladaAudits()).toEqual([]);
	});

	test('every row once, null kept, one audit entry, progress for both steps', async () => {
		const steps = new Set<string>();
		const progress = (step: string) => steps.add(step);
		const r = await importFromKolada(database.db, coordinator.actor, request, {
			client: client(progress),
			onProgress: progress
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value).toMatchObject({
			rows: 95,
			missing: 1,
			kpis: ['N20402', 'U01402'],
			areas: 18,
			years: { from: 2020, to: 2022 }
		});
		expect(r.value.inserted + r.value.updated).toBe(95);
		expect([...steps]).toEqual([FETCH_STEP, WRITE_STEP]);
		const [munkfors] = await database.db.execute<{ value: number | null; source: string }>(
			sql`select m.value, m.source from measurements m join indicators i on i.id = m.indicator_id
			where i.kolada_id = 'U01402' and m.area_id = '1762' and m.period = 2021 and m.gender = 'T'`
		);
		expect(munkfors).toEqual({ value: null, source: 'Kolada' });
		const audits = await koladaAudits();
		expect(audits).toHaveLength(1);
		expect(audits[0]).toMatchObject({
			action: 'import',
			entityType: 'measurements',
			countyCode: '17',
			after: { rows: 95, missing: 1, source: 'Kolada' }
		});
	});
});
