import { sql } from 'drizzle-orm';
import { seedInitiatives } from '../../../../seed/initiatives/index.ts';
import type { SeedInitiative } from '../../../../seed/initiatives/types.ts';
import type { Tx } from '../../platform/db/client.ts';
import { adoptSeedKeys, seedKey } from '../../app/seed/seed-keys.ts';

/**
 * Seeding the inventory (part of `nara seed`, inside its one transaction):
 * the real initiatives named in the source documents, with their partners,
 * municipalities and funding (seed/initiatives/, PROVENANCE.md there).
 * Idempotent by the seed key ("initiative:<county>:<title in the seed>", see
 * seed/seed-keys.ts): an initiative that was seeded before, archived or not,
 * renamed or not, is left as it is, so edits and archiving in Nära are kept.
 * (An initiative seeded before seed keys existed is recognised once by its
 * county and title and given its key.) Organisation names are resolved within the
 * initiative's county; a name that does not resolve stops the seed with a
 * message naming the initiative. Seeded items are public (they come from
 * published documents) and carry their source; like the rest of the seed
 * content they are not written to the audit log.
 */

type Counts = Record<string, number>;

export interface InitiativeSeedStep {
	label: string;
	run(tx: Tx): Promise<Counts>;
}

interface Organisation {
	id: number;
	kind: string;
}

/** Each initiative with its organisations resolved to ids, or the first problem found. */
export function resolveInitiatives(
	items: readonly SeedInitiative[],
	organisations: ReadonlyMap<string, Organisation>
) {
	const key = (countyCode: string, name: string) => `${countyCode}\u0000${name}`;
	const seen = new Set<string>();
	return items.map((item) => {
		const where = `Seed: insatsen "${item.title}" (län ${item.countyCode})`;
		const id = (name: string, municipality = false) => {
			const org = organisations.get(key(item.countyCode, name));
			if (!org) throw new Error(`${where}: organisationen "${name}" finns inte i länet`);
			if (municipality && org.kind !== 'municipality')
				throw new Error(`${where}: "${name}" är ingen kommun`);
			return org.id;
		};
		const natural = key(item.countyCode, item.title);
		if (seen.has(natural)) throw new Error(`${where}: titeln finns två gånger i länet`);
		seen.add(natural);
		const lead = item.lead === null ? null : id(item.lead);
		const partners = [...new Set(item.partners.map((p) => id(p)))];
		if (lead !== null && partners.includes(lead))
			throw new Error(`${where}: huvudmannen "${item.lead}" står också som partner`);
		return {
			item,
			lead,
			partners,
			municipalities: [...new Set(item.municipalities.map((m) => id(m, true)))]
		};
	});
}

async function seedInventory(
	tx: Tx,
	items: readonly SeedInitiative[] = seedInitiatives
): Promise<Counts> {
	const counties = [...new Set(items.map((i) => i.countyCode))];
	const orgRows = await tx.execute<{ id: number; county_code: string; name: string; kind: string }>(
		sql`select id, county_code, name, kind from organisations where county_code in ${counties}`
	);
	const organisations = new Map(
		orgRows.map((o) => [`${o.county_code}\u0000${o.name}`, { id: o.id, kind: o.kind }])
	);
	const resolved = resolveInitiatives(items, organisations);

	const rows = resolved.map(({ item, lead }) => ({
		county_code: item.countyCode,
		title: item.title,
		description: item.description,
		lead_organisation_id: lead,
		other_partners: item.otherPartners,
		level: item.level,
		phase: item.phase,
		starts_on: item.startsOn ?? null,
		ends_on: item.endsOn ?? null,
		goal_areas: item.goalAreas,
		development_areas: item.developmentAreas,
		focus_shifts: item.focusShifts,
		results: item.results ?? '',
		lessons: item.lessons ?? '',
		links: item.links ?? [],
		good_example: item.goodExample ?? false,
		source: item.source,
		source_locator: item.sourceLocator,
		seed_key: seedKey('initiative', item.countyCode, item.title)
	}));
	await adoptSeedKeys(
		tx,
		'initiatives',
		['county_code', 'title'],
		rows.map((r) => ({ county_code: r.county_code, title: r.title, seed_key: r.seed_key }))
	);
	// Only the missing ones, by seed key (`nara seed` holds a lock, so no other
	// seed adds the same rows).
	const added = await tx.execute<{ id: number; county_code: string; title: string }>(
		sql`insert into initiatives (county_code, title, description, lead_organisation_id,
				other_partners, level, phase, starts_on, ends_on, goal_areas, development_areas,
				focus_shifts, results, lessons, links, good_example, source, source_locator, visibility,
				seed_key)
			select x.county_code, x.title, x.description, x.lead_organisation_id, x.other_partners,
				x.level, x.phase, x.starts_on, x.ends_on, x.goal_areas, x.development_areas,
				x.focus_shifts, x.results, x.lessons, x.links, x.good_example, x.source,
				x.source_locator, 'public', x.seed_key
			from json_to_recordset(${JSON.stringify(rows)}::json) as x(county_code varchar(2),
				title text, description text, lead_organisation_id integer, other_partners text[],
				level work_level, phase initiative_phase, starts_on date, ends_on date,
				goal_areas text[], development_areas development_area_key[],
				focus_shifts focus_shift_key[], results text, lessons text, links jsonb,
				good_example boolean, source text, source_locator text, seed_key text)
			where not exists (select 1 from initiatives i where i.seed_key = x.seed_key)
			returning id, county_code, title`
	);
	if (added.length === 0)
		return {
			initiatives: 0,
			initiative_partners: 0,
			initiative_municipalities: 0,
			initiative_funding: 0
		};

	const idOf = new Map(added.map((r) => [`${r.county_code}\u0000${r.title}`, r.id]));
	const partners: { initiative_id: number; organisation_id: number }[] = [];
	const municipalities: { initiative_id: number; organisation_id: number }[] = [];
	const funding: {
		initiative_id: number;
		year: number;
		funding_source: string;
		amount_sek: number | null;
		note: string;
	}[] = [];
	for (const r of resolved) {
		const initiativeId = idOf.get(`${r.item.countyCode}\u0000${r.item.title}`);
		if (initiativeId === undefined) continue; // was there already
		for (const o of r.partners) partners.push({ initiative_id: initiativeId, organisation_id: o });
		for (const o of r.municipalities)
			municipalities.push({ initiative_id: initiativeId, organisation_id: o });
		for (const f of r.item.funding ?? [])
			funding.push({
				initiative_id: initiativeId,
				year: f.year,
				funding_source: f.fundingSource,
				amount_sek: f.amountSek,
				note: f.note ?? ''
			});
	}
	const links = async (
		table: 'initiative_partners' | 'initiative_municipalities',
		values: typeof partners
	) =>
		values.length === 0
			? 0
			: (
					await tx.execute(
						sql`insert into ${sql.identifier(table)} (initiative_id, organisation_id)
							select x.initiative_id, x.organisation_id
							from json_to_recordset(${JSON.stringify(values)}::json)
								as x(initiative_id integer, organisation_id integer)
							returning 1`
					)
				).length;
	return {
		initiatives: added.length,
		initiative_partners: await links('initiative_partners', partners),
		initiative_municipalities: await links('initiative_municipalities', municipalities),
		initiative_funding:
			funding.length === 0
				? 0
				: (
						await tx.execute(
							sql`insert into initiative_funding (initiative_id, year, funding_source, amount_sek, note)
								select x.initiative_id, x.year, x.funding_source, x.amount_sek, x.note
								from json_to_recordset(${JSON.stringify(funding)}::json) as x(initiative_id integer,
									year smallint, funding_source text, amount_sek bigint, note text)
								returning 1`
						)
					).length
	};
}

export const initiativeSeedSteps: InitiativeSeedStep[] = [
	{ label: 'Insatser ur källdokumenten', run: (tx) => seedInventory(tx) }
];
