import { expect, test } from 'vitest';
import { groupErrors } from './group-errors.ts';

test.each([
	[{}, {}],
	[{ title: ['Skriv en titel.'] }, { title: ['Skriv en titel.'] }],
	[
		{ 'developmentAreas.0': ['Välj i listan.'], 'developmentAreas.2': ['Välj i listan.'] },
		{ developmentAreas: ['Välj i listan.'] }
	]
])('%j → %j', (fields, grouped) => {
	expect(groupErrors(fields)).toEqual(grouped);
});
