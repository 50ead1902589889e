import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BARRIER_KINDS } from './domain/vocabulary.ts';
import { barrierPassageOf, seededBarriers } from './seed.server.ts';

/** Every seeded barrier names its source, and its quote is in that source. */
const text = (file: string) =>
	readFileSync(new URL(`../../../../seed/sources/${file}`, import.meta.url), 'utf8')
		.replace(/-\n/g, '')
		.replace(/\s+/g, ' ');

describe('the barriers seeded from the sources', () => {
	test.each(seededBarriers.map((b) => [b.title, b] as const))('%s', (_, b) => {
		expect(b.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
		expect(b.quote.length).toBeGreaterThan(0);
		const source = text(b.source);
		expect(source).toContain(b.quote);
		expect(source).toContain(b.section);
		expect(BARRIER_KINDS).toContain(b.kind);
		expect(barrierPassageOf(b)).toContain(b.quote);
	});

	test("Värmland's barriers come from its roadmap (001), once each, as raised in workshops and dialogues", () => {
		expect(new Set(seededBarriers.map((b) => b.countyCode))).toEqual(new Set(['17']));
		expect(new Set(seededBarriers.map((b) => b.source))).toEqual(
			new Set(['001_ae9703054a45fcdc.txt'])
		);
		const titles = seededBarriers.map((b) => b.title);
		expect(new Set(titles).size).toBe(titles.length);
		const source = text('001_ae9703054a45fcdc.txt');
		// a workshop quote stands right before its caption in the source
		for (const b of seededBarriers.filter((b) => b.section === 'Citat från workshop'))
			expect(source).toMatch(
				new RegExp(`${b.quote.replace(/[.?()]/g, '\\$&')}[”“"]? Citat från workshop`)
			);
	});
});
