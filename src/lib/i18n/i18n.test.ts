import { expect, test } from 'vitest';
import { messages, translate } from './index.ts';
import { sv } from './sv.ts';

test('every key has a non-empty text in every locale', () => {
	for (const [locale, table] of Object.entries(messages)) {
		expect(Object.keys(table).sort(), locale).toEqual(Object.keys(sv).sort());
		for (const [key, text] of Object.entries(table))
			expect(text.trim(), `${locale} ${key}`).not.toBe('');
	}
});

test('plural forms follow Intl.PluralRules', () => {
	expect(translate('sv', 'count.municipalities', { count: 1 })).toBe('1 kommun');
	expect(translate('sv', 'count.municipalities', { count: 16 })).toBe('16 kommuner');
	expect(translate('en', 'count.events', { count: 1 })).toBe('1 event');
	expect(translate('en', 'count.events', { count: 0 })).toBe('0 events');
	expect(translate('sv', 'count.events', { count: 1200 })).toBe('1\u00a0200 händelser');
});
