import { describe, expect, test } from 'vitest';
import { nestFormValues } from './form-data.ts';

describe('nestFormValues', () => {
	test.each([
		[{ title: 'A' }, { title: 'A' }],
		[
			{ 'items.0.title': 'A', 'items.0.kind': 'principle', 'items.1.title': 'B' },
			{ items: [{ title: 'A', kind: 'principle' }, { title: 'B' }] }
		],
		// rows come back in the order of their numbers, gaps closed
		[
			{ 'items.10.title': 'C', 'items.2.title': 'B', 'items.0.title': 'A' },
			{ items: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] }
		],
		[{ 'a.b.c': 'x', 'a.b.d': 'y' }, { a: { b: { c: 'x', d: 'y' } } }],
		// keys that are not all numbers stay an object
		[{ 'a.0': 'x', 'a.b': 'y' }, { a: { '0': 'x', b: 'y' } }]
	])('%j', (values, nested) => {
		expect(nestFormValues(values)).toEqual(nested);
	});

	test('names that could reach an object prototype, or have empty parts, are ignored', () => {
		const nested = nestFormValues({
			'__proto__.polluted': 'yes',
			'a.constructor.prototype.x': 'yes',
			'a..b': 'yes',
			'.x': 'yes',
			ok: 'yes'
		});
		expect(nested).toEqual({ ok: 'yes' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a plain value and a group of the same name: the group wins whichever comes first', () => {
		expect(nestFormValues({ a: 'x', 'a.b': 'y' })).toEqual({ a: { b: 'y' } });
		expect(nestFormValues({ 'a.b': 'y', a: 'x' })).toEqual({ a: { b: 'y' } });
	});
});
