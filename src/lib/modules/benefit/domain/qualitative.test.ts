import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import { varmland } from '../../../../../seed/content/varmland.ts';
import type { FocusShiftKey as ContentFocusShiftKey } from '../../vision/schema.ts';
import {
	antiSlipQualitativeGains,
	exerciseQualitativeGains,
	FOCUS_SHIFT_KEYS,
	homeHazardQualitativeGains,
	VARMLAND_CITIZEN_STATEMENTS,
	type FocusShiftKey
} from './qualitative.ts';

/** The source document as one line of text, with the PDF's hyphenation at line ends undone. */
const sourceText = readFileSync(
	new URL('../../../../../seed/sources/001_ae9703054a45fcdc.txt', import.meta.url),
	'utf8'
)
	.replace(/-\s*\n\s*/g, '')
	.replace(/\s+/g, ' ');

describe('the ties to Värmland’s vision', () => {
	test('the citizen statements are the seeded vision’s, word for word', () => {
		const seeded = varmland.vision.items
			.filter((i) => i.kind === 'citizen_statement')
			.map((i) => i.title);
		expect([...VARMLAND_CITIZEN_STATEMENTS].sort()).toEqual([...seeded].sort());
	});

	test('the focus shift keys are the content schema’s', () => {
		expectTypeOf<FocusShiftKey>().toEqualTypeOf<z.infer<typeof ContentFocusShiftKey>>();
		const seeded = varmland.vision.items.flatMap((i) => (i.focusShiftKey ? [i.focusShiftKey] : []));
		expect([...FOCUS_SHIFT_KEYS].sort()).toEqual([...seeded].sort());
	});

	test.each([
		['exercise', exerciseQualitativeGains],
		['home hazards', homeHazardQualitativeGains],
		['anti-slip', antiSlipQualitativeGains]
	])('%s: every quotation is in the source document', (_, gains) => {
		for (const gain of gains) {
			for (const quote of gain.source.matchAll(/"([^"]+)"/g)) {
				expect(sourceText).toContain(quote[1]!.replace(/[.]$/, ''));
			}
			expect(gain.citizenStatements.length + gain.focusShifts.length).toBeGreaterThan(0);
		}
	});
});
