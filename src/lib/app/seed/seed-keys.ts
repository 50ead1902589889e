import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';

/**
 * Seed keys: which item of the seed data (seed/) a row came from. The seed
 * recognises its rows by this key, not by their title or name, so an item
 * that people have renamed or redated in Nära is not added again.
 *
 * The key is made from the item as it is in the seed data (its county and
 * its title, name or date there), which does not change when the row in the
 * database is edited.
 */

export type SeededTable = 'groups' | 'decisions' | 'timeline_events' | 'initiatives' | 'processes';

/** e.g. seedKey('initiative', '17', 'Mobila närsjukvårdsteam') → "initiative:17:Mobila närsjukvårdsteam" */
export const seedKey = (kind: string, countyCode: string | null, ...parts: (string | number)[]) =>
	[kind, countyCode ?? 'national', ...parts].join(':');

/**
 * Gives rows that were seeded before seed keys existed (an older
 * installation) their key: the oldest row without a key that still matches
 * the seed item by `match` (snake_case columns, compared as text) takes it,
 * unless a row has the key already. Then the insert that follows skips it.
 */
export async function adoptSeedKeys(
	tx: Tx,
	table: SeededTable,
	match: string[],
	rows: Record<string, string | number | null>[]
): Promise<void> {
	if (rows.length === 0) return;
	const columns = sql.raw([...match, 'seed_key'].map((c) => `"${c}" text`).join(', '));
	const same = sql.join(
		match.map((c) => sql`u.${sql.identifier(c)}::text is not distinct from x.${sql.identifier(c)}`),
		sql` and `
	);
	const json = JSON.stringify(
		rows.map((r) =>
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)]))
		)
	);
	await tx.execute(sql`
		update ${sql.identifier(table)} as t set seed_key = x.seed_key
		from json_to_recordset(${json}::json) as x(${columns})
		where t.id = (select min(u.id) from ${sql.identifier(table)} u where u.seed_key is null and ${same})
			and not exists (select 1 from ${sql.identifier(table)} s where s.seed_key = x.seed_key)`);
}
