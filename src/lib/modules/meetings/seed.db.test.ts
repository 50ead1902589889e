import { eq, isNotNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { minutes } from './read.server.ts';
import { seededMeetings } from './seed.server.ts';
import { agendaItems, meetings } from './tables.ts';

const database = databaseForFile();
const db = () => database.db;

describe('the seeded meeting', () => {
	test('the network meeting of 30–31 March 2023 is there once, with its body, source and the four processes as information', async () => {
		const seeded = await db().select().from(meetings).where(isNotNull(meetings.seedKey));
		expect(seeded).toHaveLength(seededMeetings.length);
		const [m] = seeded;
		expect(m).toMatchObject({
			countyCode: '17',
			heldOn: '2023-03-30',
			endsOn: '2023-03-31',
			source: '000_f8bc95be08be1486.txt'
		});
		expect(m!.sourcePassage).toContain('30-31 mars');

		const read = await minutes(db(), anonymous, '17', m!.id);
		if (read.kind !== 'ok') throw new Error(read.kind);
		expect(read.value.group.name).toBe(
			'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer'
		);
		expect(read.value.sourcePassage).toBe(m!.sourcePassage);
		expect(read.value.items.map((i) => [i.title, i.about?.link, i.about?.name, i.outcome])).toEqual(
			seededMeetings[0]!.processes.map((p) => [p, 'process', p, 'information'])
		);

		const again = await seedDatabase(db());
		expect(again.inserted.meetings ?? 0).toBe(0);
		expect(again.inserted.agenda_items ?? 0).toBe(0);
		expect(
			await db().select().from(agendaItems).where(eq(agendaItems.meetingId, m!.id))
		).toHaveLength(4);
	});
});
