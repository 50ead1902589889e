import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canEditTemplates, canManageRound, canOpenRound, canOpenRounds } from './permissions.ts';

/** Who keeps the templates, opens rounds and sees a round's results: roles × actions. */
rolesTable([
	['edit templates', (a) => canEditTemplates(a, '17'), ['coordinator', 'admin', 'system']],
	[
		'open a round for organisation 7',
		(a) => canOpenRound(a, '17', 7),
		['editor of 7', 'coordinator', 'admin', 'system']
	],
	[
		'open rounds at all',
		(a) => canOpenRounds(a, '17'),
		['editor of 7', 'editor of 8', 'coordinator', 'admin', 'system']
	],
	// user 2 is the editor of 7: the round's manager
	[
		'manage a round opened by user 2',
		(a) => canManageRound(a, '17', { managerId: 2 }),
		['editor of 7', 'coordinator', 'admin', 'system']
	]
]);
