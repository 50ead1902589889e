import { expect, test } from 'vitest';
import { type Action, rolesTable } from '../../../tests/kit/roles.ts';
import {
	canEditCountyContent,
	canEditOrganisationContent,
	canEditSomething,
	canReadInternal,
	visibleTo
} from './permissions.ts';

/** The rules every module shares, in county 17: roles × actions, as a table. */
const actions: Action[] = [
	[
		'read internal content',
		(a) => canReadInternal(a, '17'),
		['reader', 'editor of 7', 'editor of 8', 'coordinator', 'moderator', 'admin', 'system']
	],
	[
		'edit county-wide content',
		(a) => canEditCountyContent(a, '17'),
		['coordinator', 'admin', 'system']
	],
	[
		"edit organisation 7's content",
		(a) => canEditOrganisationContent(a, '17', 7),
		['editor of 7', 'coordinator', 'admin', 'system']
	],
	[
		'edit something (the edit links)',
		(a) => canEditSomething(a, '17'),
		['editor of 7', 'editor of 8', 'coordinator', 'admin', 'system']
	],
	[
		'see internal content in lists',
		(a) => visibleTo(a, '17').includes('internal'),
		['reader', 'editor of 7', 'editor of 8', 'coordinator', 'moderator', 'admin', 'system']
	]
];

rolesTable(actions);

test('public content is visible to everyone', () => {
	expect(visibleTo({ kind: 'anonymous' }, '17')).toEqual(['public']);
});
