import { describe, expect, test } from 'vitest';
import {
	actionLabel,
	changeText,
	describeChange,
	entityLabel,
	formatTimestamp,
	formatTimestampNumeric,
	formatValue,
	itemName,
	shorten,
	stockholmDate
} from './audit.ts';

describe('actions in Swedish', () => {
	test.each([
		['create', undefined, 'skapade'],
		['update', undefined, 'ändrade'],
		['archive', undefined, 'arkiverade'],
		['publish', undefined, 'publicerade'],
		['grant', 'user', 'gav roll'],
		['revoke', 'user', 'tog bort roll'],
		['revoke', 'api_token', 'återkallade'],
		['revoke', 'decision', 'tog bort'],
		['sign_in', undefined, 'loggade in'],
		['set_password', 'user', 'satte lösenord'],
		['sign_out_everywhere', 'user', 'loggade ut överallt'],
		['password_link', 'user', 'skapade lösenordslänk'],
		['merge_items', undefined, 'merge_items']
	])('%s (%s) → %s', (action, type, label) => {
		expect(actionLabel(action, type)).toBe(label);
	});

	test.each([
		['timeline_event', 'händelse på tidslinjen'],
		['user', 'person'],
		['api_token', 'API-nyckel'],
		['decision', 'beslut'],
		['initiative', 'insats'],
		['something_new', 'something_new']
	])('item type %s → %s', (type, label) => {
		expect(entityLabel(type)).toBe(label);
	});
});

describe('values', () => {
	test.each<[string, unknown, string]>([
		['title', 'Ny rubrik', 'Ny rubrik'],
		['title', '', '(tomt)'],
		['phase', 'running', 'i drift'],
		['month', null, '(tomt)'],
		['month', undefined, '(tomt)'],
		['year', 2025, '2025'],
		['yearStated', true, 'ja'],
		['yearStated', false, 'nej'],
		['role', 'admin', 'administratör'],
		['visibility', 'internal', 'intern'],
		['tags', ['a', 'b'], '["a","b"]'],
		['meta', { a: 1 }, '{"a":1}']
	])('%s = %j is shown as %j', (field, value, shown) => {
		expect(formatValue(field, value)).toBe(shown);
	});
});

describe('a change, field by field', () => {
	test('an update lists only the fields that differ', () => {
		const change = describeChange(
			{ title: 'Gammal', body: 'Samma', month: null, visibility: 'public' },
			{ title: 'Ny', body: 'Samma', month: 5, visibility: 'internal' }
		);
		expect(change).toEqual({
			mode: 'diff',
			lines: [
				{ field: 'title', label: 'rubrik', before: 'Gammal', after: 'Ny' },
				{ field: 'month', label: 'månad', before: '(tomt)', after: '5' },
				{ field: 'visibility', label: 'synlighet', before: 'offentlig', after: 'intern' }
			],
			unchanged: 1
		});
		expect(changeText(change)).toBe(
			'rubrik: Gammal → Ny; månad: (tomt) → 5; synlighet: offentlig → intern'
		);
	});

	test('fields come in reading order (title first), whatever order the database keeps', () => {
		const stored = { day: 3, zeta: 1, body: 'B', alfa: 2, year: 2025, title: 'T' };
		expect(describeChange(null, stored).lines.map((l) => l.field)).toEqual([
			'title',
			'body',
			'year',
			'day',
			'alfa',
			'zeta'
		]);
		expect(describeChange(stored, null).lines.map((l) => l.field)[0]).toBe('title');
	});

	test('a field present on one side only', () => {
		expect(describeChange({ a: 1 }, { a: 1, b: 'x' }).lines).toEqual([
			{ field: 'b', label: 'b', before: '(tomt)', after: 'x' }
		]);
	});

	test('an update that changed nothing', () => {
		const change = describeChange({ title: 'A' }, { title: 'A' });
		expect(change).toEqual({ mode: 'diff', lines: [], unchanged: 1 });
		expect(changeText(change)).toBe('inga fält ändrades');
	});

	test('something created: the values it got', () => {
		const change = describeChange(null, { role: 'editor', organisationId: 12 });
		expect(change.mode).toBe('created');
		expect(changeText(change)).toBe('roll: redaktör; organisation (id): 12');
	});

	test('something removed: the values it had', () => {
		const change = describeChange({ role: 'reader' }, null);
		expect(change.mode).toBe('removed');
		expect(changeText(change)).toBe('före: roll: läsare');
	});

	test('nothing recorded', () => {
		expect(describeChange(null, undefined)).toEqual({ mode: 'none', lines: [], unchanged: 0 });
	});

	test('a value that is not an object of fields', () => {
		expect(describeChange('a', 'b').lines).toEqual([
			{ field: '', label: 'värde', before: 'a', after: 'b' }
		]);
	});
});

describe('text', () => {
	test.each([
		['kort', 10, 'kort'],
		['0123456789abc', 10, '0123456789… (3 tecken till)'],
		// an emoji with its skin tone, or a flag, is one character and never cut
		['👍🏽👍🏽👍🏽', 2, '👍🏽👍🏽… (1 tecken till)'],
		['🇸🇪🇸🇪', 1, '🇸🇪… (1 tecken till)'],
		['שלום עולם', 4, 'שלום… (5 tecken till)']
	])('shorten(%j, %i)', (text, max, shown) => {
		const out = shorten(text, max);
		expect(out).toBe(shown);
		expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});

	test('the name of an item is its latest title or name', () => {
		expect(
			itemName([
				{ before: null, after: { title: 'Först' } },
				{ before: { title: 'Först' }, after: { title: 'Sedan' } },
				{ before: { title: 'Sedan' }, after: null }
			])
		).toBe('Sedan');
		expect(itemName([{ before: null, after: { name: 'Anna' } }])).toBe('Anna');
		expect(itemName([{ before: null, after: { role: 'admin' } }])).toBeNull();
	});
});

describe('times in Swedish time', () => {
	test.each([
		// winter: UTC+1
		['2025-03-12T13:03:05Z', '12 mars 2025 kl. 14:03', '2025-03-12 14:03:05', '2025-03-12'],
		// summer: UTC+2, and past midnight in Sweden while still the day before in UTC
		['2025-06-30T22:30:00Z', '1 juli 2025 kl. 00:30', '2025-07-01 00:30:00', '2025-07-01']
	])('%s', (iso, readable, numeric, date) => {
		const at = new Date(iso);
		expect(formatTimestamp(at)).toBe(readable);
		expect(formatTimestampNumeric(at)).toBe(numeric);
		expect(stockholmDate(at)).toBe(date);
	});
});

test('a process: its coverage of a development area and its status read in Swedish', () => {
	expect(entityLabel('process')).toBe('process');
	expect(
		describeChange(
			{
				title: 'Levnadsvanor',
				status: 'ongoing',
				'coverage.digital.state': 'not_considered',
				'coverage.digital.how': ''
			},
			{
				title: 'Levnadsvanor',
				status: 'paused',
				'coverage.digital.state': 'considered',
				'coverage.digital.how': 'Digitalt stöd för rökavvänjning.'
			}
		)
	).toEqual({
		mode: 'diff',
		lines: [
			{ field: 'status', label: 'status', before: 'pågår', after: 'pausad' },
			{
				field: 'coverage.digital.state',
				label: 'digitala lösningar och välfärdsteknik: täckning',
				before: 'inte beaktat än',
				after: 'beaktat'
			},
			{
				field: 'coverage.digital.how',
				label: 'digitala lösningar och välfärdsteknik: hur',
				before: '(tomt)',
				after: 'Digitalt stöd för rökavvänjning.'
			}
		],
		unchanged: 1
	});
});
