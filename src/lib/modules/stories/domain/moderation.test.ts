import { describe, expect, test } from 'vitest';
import { afterReport, decisionsFor, publicText } from './moderation.ts';

describe('a report', () => {
	test.each([
		['the first report of a published story', 'published', 0, 'published', 1],
		['the second', 'published', 1, 'published', 2],
		['the third hides it', 'published', 2, 'hidden', 3],
		['a hidden story stays hidden, not counted again', 'hidden', 3, 'hidden', 3],
		['a pending story cannot be reported', 'pending', 0, 'pending', 0]
	] as const)('%s', (_name, status, reports, wantStatus, wantReports) => {
		expect(afterReport(status, reports)).toEqual({ status: wantStatus, openReports: wantReports });
	});

	test('the threshold is a setting', () => {
		expect(afterReport('published', 0, 1).status).toBe('hidden');
		expect(afterReport('published', 3, 5).status).toBe('published');
	});
});

test.each([
	['pending', ['publish', 'publish_edited', 'reject']],
	['hidden', ['publish', 'publish_edited', 'reject']],
	['published', ['publish_edited', 'reject']],
	['rejected', []]
] as const)('a %s story may be: %j', (status, decisions) => {
	expect(decisionsFor(status)).toEqual(decisions);
});

test.each([
	[
		'unedited: the original',
		{ whatHappened: 'A', whatMattered: 'B', editedHappened: null, editedMattered: null },
		{ whatHappened: 'A', whatMattered: 'B' }
	],
	[
		'edited: the edited version, never the original',
		{ whatHappened: 'Anna', whatMattered: 'B', editedHappened: '[namn]', editedMattered: 'B2' },
		{ whatHappened: '[namn]', whatMattered: 'B2' }
	],
	[
		'edited, original deleted after retention',
		{ whatHappened: null, whatMattered: null, editedHappened: 'X', editedMattered: 'Y' },
		{ whatHappened: 'X', whatMattered: 'Y' }
	]
])('the public text, %s', (_name, story, expected) => {
	expect(publicText(story)).toEqual(expected);
});
