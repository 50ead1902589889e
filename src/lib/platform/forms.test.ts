import { expect, test } from 'vitest';
import { formValues, formValuesWithLists } from './forms.ts';

const post = (pairs: [string, string][]) =>
	new Request('http://nara.test/', { method: 'POST', body: new URLSearchParams(pairs) });

test('checked boxes of one name are joined by commas; other fields keep their last value', async () => {
	const pairs: [string, string][] = [
		['title', 'Fallprevention'],
		['participants', '3'],
		['participants', '17'],
		['goalAreas', 'aldre'],
		['title', 'Fallprevention i Värmland']
	];
	expect(
		await formValuesWithLists(post(pairs), ['participants', 'goalAreas', 'initiatives'])
	).toEqual({
		title: 'Fallprevention i Värmland',
		participants: '3,17',
		goalAreas: 'aldre',
		// nothing checked
		initiatives: ''
	});
	// without lists, only the last value of a name is kept
	expect((await formValues(post(pairs))).participants).toBe('17');
});
