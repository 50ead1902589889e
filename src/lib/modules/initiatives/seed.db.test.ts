import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { seedInitiatives } from '../../../../seed/initiatives/index.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { initiativeSeedSteps, resolveInitiatives } from './seed.server.ts';

/**
 * The inventory that `nara seed` loads (seed/initiatives/), checked in the
 * seeded database against the data it was loaded from.
 */

const database = databaseForFile();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
	return (await database.db.execute(query)) as unknown as T[];
}

const key = (countyCode: string, title: string) => `${countyCode} ${title}`;
const byKey = new Map(seedInitiatives.map((i) => [key(i.countyCode, i.title), i]));

describe('the seeded inventory', () => {
	test('every initiative of the data is there once, public, at revision 1', async () => {
		const seeded = await rows<{
			county_code: string;
			title: string;
			visibility: string;
			revision: number;
		}>(sql`select county_code, title, visibility, revision from initiatives`);
		expect(seeded.length).toBe(seedInitiatives.length);
		expect(seeded.length).toBeGreaterThanOrEqual(150);
		expect(new Set(seeded.map((r) => key(r.county_code, r.title))).size).toBe(seeded.length);
		for (const r of seeded) {
			expect(byKey.has(key(r.county_code, r.title)), r.title).toBe(true);
			expect(r.visibility).toBe('public');
			expect(r.revision).toBe(1);
		}
	});

	test('every seeded initiative names a source document that exists, and where in it', async () => {
		const [bad] = await rows<{ n: number }>(
			sql`select count(*)::int n from initiatives i left join source_documents s on s.file_name = i.source
				where s.file_name is null or i.source_locator = ''`
		);
		expect(bad!.n).toBe(0);
	});

	test('every one of the 21 counties has its initiatives', async () => {
		const perCounty = await rows<{ code: string; n: number }>(
			sql`select c.code, count(i.id)::int n from counties c left join initiatives i on i.county_code = c.code
				group by c.code order by c.code`
		);
		expect(perCounty).toHaveLength(21);
		for (const c of perCounty) expect(c.n, c.code).toBeGreaterThanOrEqual(5);
	});

	test('lead, partners, municipalities and funding are stored as in the data', async () => {
		const stored = await rows<{
			county_code: string;
			title: string;
			lead: string | null;
			partners: string[];
			municipalities: string[];
			funding: { year: number; fundingSource: string; amountSek: number | null }[];
			other_partners: string[];
			phase: string;
			level: string;
			development_areas: string[];
			good_example: boolean;
		}>(sql`
			select i.county_code, i.title, l.name as lead, i.other_partners, i.phase, i.level,
				i.development_areas::text[] as development_areas, i.good_example,
				coalesce((select array_agg(o.name order by o.name) from initiative_partners p
					join organisations o on o.id = p.organisation_id where p.initiative_id = i.id), '{}') as partners,
				coalesce((select array_agg(o.name order by o.name) from initiative_municipalities m
					join organisations o on o.id = m.organisation_id where m.initiative_id = i.id), '{}') as municipalities,
				coalesce((select json_agg(json_build_object('year', f.year, 'fundingSource', f.funding_source,
					'amountSek', f.amount_sek)) from initiative_funding f where f.initiative_id = i.id), '[]') as funding
			from initiatives i left join organisations l on l.id = i.lead_organisation_id`);
		const sorted = (a: string[]) => [...a].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		for (const r of stored) {
			const item = byKey.get(key(r.county_code, r.title))!;
			expect(r.lead, r.title).toBe(item.lead);
			expect(sorted(r.partners), r.title).toEqual(sorted(item.partners));
			expect(sorted(r.municipalities), r.title).toEqual(sorted(item.municipalities));
			expect(r.other_partners, r.title).toEqual(item.otherPartners);
			expect(r.phase, r.title).toBe(item.phase);
			expect(r.level, r.title).toBe(item.level);
			expect(r.development_areas, r.title).toEqual(item.developmentAreas);
			expect(r.good_example, r.title).toBe(item.goodExample ?? false);
			expect(r.funding, r.title).toEqual(
				(item.funding ?? []).map((f) => ({
					year: f.year,
					fundingSource: f.fundingSource,
					amountSek: f.amountSek
				}))
			);
		}
	});

	test('Region Värmland: the joint vision with all 16 municipalities, and the work of 2020', async () => {
		const [vision] = await rows<{ lead: string; partners: number }>(sql`
			select l.name as lead, (select count(*)::int from initiative_partners p join organisations o
				on o.id = p.organisation_id where p.initiative_id = i.id and o.kind = 'municipality') as partners
			from initiatives i join organisations l on l.id = i.lead_organisation_id
			where i.county_code = '17' and i.title = 'Gemensam målbild för god och nära vård, hälsa och omsorg i Värmland'`);
		expect(vision).toEqual({ lead: 'Region Värmland', partners: 16 });
		const [mobile] = await rows<{ source: string; source_locator: string }>(sql`
			select source, source_locator from initiatives where county_code = '17' and title = 'Mobil hemsjukvårdsläkare'`);
		expect(mobile).toEqual({
			source: '002_ab6905b18fea9e05.txt',
			source_locator:
				'Region Värmland – Exempel på gemensamma satsningar i samverkan mellan region och kommuner'
		});
	});

	test('the full-text search finds seeded initiatives in Swedish', async () => {
		const found = await rows<{ title: string }>(
			sql`select title from initiatives where search @@ websearch_to_tsquery('swedish', 'hemsjukvårdsläkare')`
		);
		expect(found.map((f) => f.title)).toContain('Mobil hemsjukvårdsläkare');
	});

	test('running the seed again adds nothing and keeps what was edited or archived', async () => {
		await database.db.execute(
			sql`update initiatives set description = 'Ändrad i Nära', revision = 2, archived_at = now()
				where county_code = '10' and title = 'Mobil nyföddhetsvård'`
		);
		const count = async () =>
			(
				await rows<{ i: number; p: number; m: number; f: number }>(sql`select
					(select count(*)::int from initiatives) i, (select count(*)::int from initiative_partners) p,
					(select count(*)::int from initiative_municipalities) m, (select count(*)::int from initiative_funding) f`)
			)[0];
		const before = await count();
		const result = await seedDatabase(database.db);
		expect(result.total).toBe(0);
		expect(result.inserted).toMatchObject({
			initiatives: 0,
			initiative_partners: 0,
			initiative_municipalities: 0,
			initiative_funding: 0
		});
		expect(await count()).toEqual(before);
		const [edited] = await rows<{ description: string; archived: boolean }>(
			sql`select description, archived_at is not null as archived from initiatives
				where county_code = '10' and title = 'Mobil nyföddhetsvård'`
		);
		expect(edited).toEqual({ description: 'Ändrad i Nära', archived: true });
	});

	test('a removed initiative comes back with its partners, municipalities and funding', async () => {
		await database.db.execute(
			sql`delete from initiatives where county_code = '22' and title = 'Nära vård i glesbygd: modellområde Sollefteå och Kramfors'`
		);
		const counts = await database.db.transaction(async (tx) => {
			const out: Record<string, number> = {};
			for (const step of initiativeSeedSteps) Object.assign(out, await step.run(tx));
			return out;
		});
		expect(counts).toEqual({
			initiatives: 1,
			initiative_partners: 2,
			initiative_municipalities: 2,
			initiative_funding: 1
		});
	});

	test('an organisation name that does not resolve stops the seed, naming the initiative', async () => {
		const orgs = await rows<{ id: number; county_code: string; name: string; kind: string }>(
			sql`select id, county_code, name, kind from organisations`
		);
		const map = new Map(
			orgs.map((o) => [`${o.county_code}\u0000${o.name}`, { id: o.id, kind: o.kind }])
		);
		// every name of the data resolves
		expect(() => resolveInitiatives(seedInitiatives, map)).not.toThrow();
		const item = seedInitiatives.find((i) => i.title === 'Hemsjukvårdsteam i Luleå')!;
		expect(() => resolveInitiatives([{ ...item, partners: ['Luleå stad'] }], map)).toThrow(
			'Seed: insatsen "Hemsjukvårdsteam i Luleå" (län 25): organisationen "Luleå stad" finns inte i länet'
		);
		// a municipality of another county does not resolve either
		expect(() => resolveInitiatives([{ ...item, municipalities: ['Umeå kommun'] }], map)).toThrow(
			'organisationen "Umeå kommun" finns inte i länet'
		);
		expect(() =>
			resolveInitiatives([{ ...item, municipalities: ['Region Norrbotten'] }], map)
		).toThrow('"Region Norrbotten" är ingen kommun');
	});
});
