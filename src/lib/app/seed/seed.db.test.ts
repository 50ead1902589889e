import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { seedInitiatives } from '../../../../seed/initiatives/index.ts';
import { isEmpty, seedDatabase } from './seed.ts';

const database = databaseForFile({ seeded: false });

async function count(table: string): Promise<number> {
	const rows = await database.db.execute<{ n: number }>(
		sql.raw(`select count(*)::int as n from ${table}`)
	);
	return rows[0]!.n;
}

describe('nara seed', () => {
	test('fills an empty database with reference data and the source documents’ content', async () => {
		expect(await isEmpty(database.db)).toBe(true);
		const result = await seedDatabase(database.db);
		expect(result.inserted).toMatchObject({
			source_documents: 5,
			counties: 21,
			organisations: 21 + 290,
			boundaries: 290 + 21,
			visions: 2,
			roadmaps: 2,
			initiatives: seedInitiatives.length,
			processes: 5,
			process_coverage: 5 * 4,
			process_initiatives: 5,
			stories: 9
		});
		expect(await count('counties')).toBe(21);
		expect(await count(`organisations where kind = 'municipality'`)).toBe(290);
		expect(await count(`organisations where kind = 'region'`)).toBe(21);
		expect(await isEmpty(database.db)).toBe(false);
	});

	test('a second run changes nothing', async () => {
		const before = await database.db.execute(
			sql`select (select count(*) from organisations) o, (select count(*) from vision_items) v,
			(select count(*) from timeline_events) t, (select count(*) from decisions) d,
			(select max(updated_at) from timeline_events) u, (select count(*) from initiatives) i`
		);
		const result = await seedDatabase(database.db);
		expect(result.total).toBe(0);
		const after = await database.db.execute(
			sql`select (select count(*) from organisations) o, (select count(*) from vision_items) v,
			(select count(*) from timeline_events) t, (select count(*) from decisions) d,
			(select max(updated_at) from timeline_events) u, (select count(*) from initiatives) i`
		);
		expect(after).toEqual(before);
	});

	test('every municipality has its SCB code, Kolada id and a boundary', async () => {
		const rows = await database.db.execute<{ missing: number }>(sql`
			select count(*)::int as missing from organisations o
			left join boundaries b on b.area_code = o.scb_code
			where o.kind = 'municipality' and (b.area_code is null or o.kolada_id <> o.scb_code or o.scb_code !~ '^\\d{4}$')`);
		expect(rows[0]!.missing).toBe(0);
		const [varmland] = await database.db.execute<{
			name: string;
			kolada_id: string;
			n: number;
		}>(sql`
			select c.name, c.kolada_id, (select count(*)::int from organisations o where o.county_code = c.code and o.kind = 'municipality') n
			from counties c where c.code = '17'`);
		expect(varmland).toEqual({ name: 'Värmlands län', kolada_id: '0017', n: 16 });
	});

	test('every seeded item names a source document that exists', async () => {
		for (const table of [
			'visions',
			'vision_items',
			'roadmaps',
			'roadmap_items',
			'groups',
			'decisions',
			'timeline_events',
			'initiatives',
			'processes'
		]) {
			const rows = await database.db.execute<{ bad: number }>(
				sql.raw(
					`select count(*)::int as bad from ${table} t left join source_documents s on s.file_name = t.source where s.file_name is null or t.source !~ '^00[0-4]_[0-9a-f]{16}\\.txt$'`
				)
			);
			expect(rows[0]!.bad, table).toBe(0);
		}
	});

	test('Värmland: the region and all 16 municipalities adopted the vision in 2022', async () => {
		const rows = await database.db.execute<{ name: string; decided_on: string }>(sql`
			select o.name, d.decided_on::text from decisions d join organisations o on o.id = d.organisation_id
			where d.county_code = '17' and d.subject = 'vision_adoption' order by d.decided_on, o.name`);
		expect(rows).toHaveLength(17);
		expect(rows[0]).toEqual({ name: 'Arvika kommun', decided_on: '2022-03-28' });
		expect(rows.find((r) => r.name === 'Region Värmland')?.decided_on).toBe('2022-04-06');
		expect(rows.at(-1)).toEqual({ name: 'Karlstads kommun', decided_on: '2022-06-16' });
	});

	test('seeded items that people renamed (or redated) are not added again', async () => {
		const tables = ['groups', 'decisions', 'timeline_events', 'initiatives', 'processes'];
		const counts = async () =>
			Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)])));
		const before = await counts();
		await database.db.execute(sql`
			update initiatives set title = title || ' (omdöpt)'
			where id = (select min(id) from initiatives where county_code = '17')`);
		await database.db.execute(sql`
			update processes set title = 'Omdöpt process' where id = (select min(id) from processes)`);
		await database.db.execute(sql`
			update groups set name = name || ' (omdöpt)' where id = (select min(id) from groups)`);
		await database.db.execute(sql`
			update decisions set decided_on = decided_on + 1 where id = (select min(id) from decisions)`);
		await database.db.execute(sql`
			update timeline_events set title = 'Omdöpt händelse' where id = (select min(id) from timeline_events)`);
		const again = await seedDatabase(database.db);
		expect(again.total).toBe(0);
		expect(await counts()).toEqual(before);
		expect(await count(`initiatives where title like '% (omdöpt)'`)).toBe(1);
		expect(await count(`processes where title = 'Omdöpt process'`)).toBe(1);
	});

	test('rows seeded before seed keys existed get their key and are not added again', async () => {
		const tables = ['groups', 'decisions', 'timeline_events', 'initiatives', 'processes'];
		for (const t of tables) await database.db.execute(sql.raw(`update ${t} set seed_key = null`));
		const before = await Promise.all(tables.map((t) => count(t)));
		// the renamed ones of the test before are no longer recognised by title, so those are added
		const again = await seedDatabase(database.db);
		expect(again.inserted).toMatchObject({
			groups: 1,
			decisions: 1,
			timeline_events: 1,
			initiatives: 1,
			processes: 1
		});
		expect(await Promise.all(tables.map((t) => count(t)))).toEqual(before.map((n) => n + 1));
		// only the renamed row, which nothing in the seed matches any longer, is without a key
		for (const t of tables) expect(await count(`${t} where seed_key is null`), t).toBe(1);
		expect((await seedDatabase(database.db)).total).toBe(0);
	});
});
