import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canHandleBarriers, canRaiseBarrier } from './permissions.ts';

rolesTable([
	[
		'raise a barrier',
		(a) => canRaiseBarrier(a, '17'),
		['reader', 'editor of 7', 'editor of 8', 'moderator', 'coordinator', 'admin', 'system']
	],
	[
		'take up and resolve a barrier',
		(a) => canHandleBarriers(a, '17'),
		['coordinator', 'admin', 'system']
	]
]);
