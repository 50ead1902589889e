import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { varmlandProcesses } from '../../../../seed/processes/varmland.ts';
import { seededMeetings } from './seed.server.ts';
import { varmland } from '../../../../seed/content/varmland.ts';

/** Every seeded meeting names its source, its quote is in that source, and what it links is seeded. */
const source = (file: string) =>
	readFileSync(new URL(`../../../../seed/sources/${file}`, import.meta.url), 'utf8')
		.replace(/-\n/g, '')
		.replace(/\s+/g, ' ');

describe('the meetings seeded from the sources', () => {
	test.each(seededMeetings.map((m) => [m.title, m] as const))('%s', (_, m) => {
		expect(m.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
		const text = source(m.source);
		expect(text).toContain(m.quote);
		expect(text).toContain(m.title);
		expect(varmland.groups.map((g) => g.name)).toContain(m.group);
		const titles = varmlandProcesses.map((p) => p.title);
		for (const p of m.processes) expect(titles).toContain(p);
		if (m.endsOn) expect(m.endsOn >= m.heldOn).toBe(true);
	});

	test('the network meeting of 30–31 March 2023 worked with the four county processes of 000', () => {
		expect(seededMeetings).toHaveLength(1);
		const [m] = seededMeetings;
		expect([m!.heldOn, m!.endsOn]).toEqual(['2023-03-30', '2023-03-31']);
		expect(m!.quote).toMatch(/^30-31 mars/);
		expect(m!.processes).toEqual([
			'Psykisk hälsa barn och unga',
			'Minskade förflyttningar',
			'Levnadsvanor',
			'Fallprevention'
		]);
	});
});
