import { describe, expect, test } from 'vitest';
import { highlightSegments, MATCH_END, MATCH_START, toPrefixQuery } from './search.ts';

describe('toPrefixQuery', () => {
	test('every word as a required prefix, lower case', () => {
		expect(toPrefixQuery('Mobila Team')).toBe('mobila:* & team:*');
	});
	test('query syntax never gets through, only letters and digits', () => {
		expect(toPrefixQuery("'; drop table x; -- !a | b:* & <c>")).toBe(
			'drop:* & table:* & x:* & a:* & b:* & c:*'
		);
		expect(toPrefixQuery('  !!& | ')).toBeNull();
	});
	test('any of the words, for the second try', () => {
		expect(toPrefixQuery('mobila team', 'any')).toBe('mobila:* | team:*');
	});
	test('Swedish letters are words', () => {
		expect(toPrefixQuery('hälsosamtal för äldre')).toBe('hälsosamtal:* & för:* & äldre:*');
	});
});

describe('highlightSegments', () => {
	const m = (s: string) => `${MATCH_START}${s}${MATCH_END}`;
	test('splits marked text into segments with the matches flagged', () => {
		expect(highlightSegments(`${m('Mobila')} ${m('team')} i hemmet`)).toEqual([
			{ text: 'Mobila', match: true },
			{ text: ' ', match: false },
			{ text: 'team', match: true },
			{ text: ' i hemmet', match: false }
		]);
	});
	test('text without marks is one segment; markup stays text', () => {
		expect(highlightSegments('<script>alert(1)</script>')).toEqual([
			{ text: '<script>alert(1)</script>', match: false }
		]);
		expect(highlightSegments('')).toEqual([]);
	});
	test('a stray mark is dropped, never shown', () => {
		expect(highlightSegments(`a${MATCH_START}b`)).toEqual([{ text: 'ab', match: false }]);
	});
});
