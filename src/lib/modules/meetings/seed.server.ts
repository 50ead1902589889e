import { inArray } from 'drizzle-orm';
import { varmlandMeetings, type SeedMeeting } from '../../../../seed/meetings/varmland.ts';
import type { Tx } from '../../platform/db/client.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import { groups } from '../groups/tables.ts';
import { processes } from '../processes/tables.ts';
import { agendaItems, meetings } from './tables.ts';

/**
 * Seeding the meetings the source documents describe (part of `nara seed`,
 * inside its one transaction, after the bodies and the processes). Idempotent
 * by the seed key: a meeting that is there, edited or not, is left as it is,
 * agenda and all. The body and the processes are found by their seed keys.
 */

export const seededMeetings: SeedMeeting[] = varmlandMeetings;

/** The ids of seeded bodies or processes by their seed keys; a missing one stops the seed. */
async function idsByKey(tx: Tx, table: typeof groups | typeof processes, keys: string[]) {
	const rows = await tx
		.select({ id: table.id, key: table.seedKey })
		.from(table)
		.where(inArray(table.seedKey, keys));
	const ids = new Map(rows.map((r) => [r.key, r.id]));
	return keys.map((key) => {
		const id = ids.get(key);
		if (id === undefined) throw new Error(`Seed: ${key} finns inte`);
		return id;
	});
}

async function seedMeetings(tx: Tx): Promise<Record<string, number>> {
	const counts = { meetings: 0, agenda_items: 0 };
	for (const m of seededMeetings) {
		const [row] = await tx
			.insert(meetings)
			.values({
				seedKey: seedKey('meeting', m.countyCode, m.heldOn, m.title),
				countyCode: m.countyCode,
				groupId: (await idsByKey(tx, groups, [seedKey('group', m.countyCode, m.group)]))[0]!,
				title: m.title,
				heldOn: m.heldOn,
				endsOn: m.endsOn,
				notes: m.notes,
				source: m.source,
				sourcePassage: `”${m.quote}”`
			})
			.onConflictDoNothing()
			.returning({ id: meetings.id });
		if (!row) continue;
		counts.meetings += 1;
		const processIds = await idsByKey(
			tx,
			processes,
			m.processes.map((title) => seedKey('process', m.countyCode, title))
		);
		const items = m.processes.map((title, index) => ({
			meetingId: row.id,
			position: index + 1,
			title,
			link: 'process' as const,
			linkId: processIds[index]!,
			outcome: 'information' as const
		}));
		if (items.length) {
			await tx.insert(agendaItems).values(items);
			counts.agenda_items += items.length;
		}
	}
	return counts;
}

export const meetingSeedSteps = [{ label: 'Möten ur källorna', run: seedMeetings }];
