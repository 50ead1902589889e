import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { varmlandMilestones } from '../../../../seed/milestones/varmland.ts';
import { seededMilestones } from './seed.server.ts';

/** Every seeded milestone names its source, and its quote is in that source. */
const text = (file: string) =>
	readFileSync(new URL(`../../../../seed/sources/${file}`, import.meta.url), 'utf8')
		.replace(/-\n/g, '')
		.replace(/\s+/g, ' ');

describe('the milestones seeded from the sources', () => {
	test.each(seededMilestones.map((m) => [m.title, m] as const))('%s', (_, m) => {
		expect(m.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
		expect(m.quote.length).toBeGreaterThan(0);
		const source = text(m.source);
		expect(source).toContain(m.quote);
		if (m.section) expect(source).toContain(m.section);
		if (m.year !== null && m.periodLabel) expect(m.periodLabel).toContain(String(m.year));
	});

	test("Värmland's milestones come from Värmland's documents (000 and 001), once each", () => {
		expect(new Set(varmlandMilestones.map((m) => m.countyCode))).toEqual(new Set(['17']));
		expect(new Set(varmlandMilestones.map((m) => m.source))).toEqual(
			new Set(['000_f8bc95be08be1486.txt', '001_ae9703054a45fcdc.txt'])
		);
		const titles = varmlandMilestones.map((m) => m.title);
		expect(new Set(titles).size).toBe(titles.length);
	});

	test('a status is stated only where the source says it was reached', () => {
		const stated = varmlandMilestones.filter((m) => m.status !== 'unknown').map((m) => m.title);
		expect(stated).toEqual([
			'Målbilden godkänd i alla kommuner och i Region Värmland',
			'Länsgemensam färdplan godkänd',
			'Uppföljning av färdplanen'
		]);
	});
});
