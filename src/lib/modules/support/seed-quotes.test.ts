import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { varmlandSupport } from '../../../../seed/support/varmland.ts';

/** Every offer's quote is in its source, on the lines it names. */
const lines = (file: string) =>
	readFileSync(new URL(`../../../../seed/sources/${file}`, import.meta.url), 'utf8').split('\n');
const joined = (part: string[]) => part.join('\n').replace(/-\n/g, '').replace(/\s+/g, ' ').trim();

describe('the support seeded from the sources', () => {
	test.each(varmlandSupport.map((o) => [o.title, o] as const))('%s', (_, o) => {
		const [from, to] = o.locator.replace('rad ', '').split('–').map(Number) as [number, number?];
		const text = joined(lines(o.source).slice(from - 1, to ?? from));
		expect(text).toContain(o.quote);
	});

	test('names the training for managers and the system leadership programme', () => {
		const titles = varmlandSupport.map((o) => o.title);
		expect(titles).toContain('Nya verktyg och utbildningar för chefer och ledare');
		expect(titles).toContain('Utvecklingsprogram för länets systemledning');
		expect(new Set(titles).size).toBe(titles.length);
	});
});
