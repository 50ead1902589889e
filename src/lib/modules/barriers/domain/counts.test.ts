import { expect, test } from 'vitest';
import { countBarriers } from './counts.ts';

test.each([
	[[], []],
	[
		[
			{ kind: 'digital_systems', status: 'new' },
			{ kind: 'laws_rules', status: 'resolved' },
			{ kind: 'digital_systems', status: 'new' }
		],
		[
			{ kind: 'laws_rules', status: 'resolved', count: 1 },
			{ kind: 'digital_systems', status: 'new', count: 2 }
		]
	]
] as const)('barriers %o are counted as %o', (list, expected) => {
	expect(countBarriers([...list])).toEqual(expected);
});
