import { type Action, rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageInitiative } from './permissions.ts';

/** Who manages an initiative, by its lead organisation: roles × actions, as a table. */
const actions: Action[] = [
	[
		'an initiative organisation 7 leads',
		(a) => canManageInitiative(a, '17', 7),
		['editor of 7', 'coordinator', 'admin', 'system']
	],
	[
		"the county's own initiative (no lead organisation)",
		(a) => canManageInitiative(a, '17', null),
		['coordinator', 'admin', 'system']
	]
];

rolesTable(actions);
