import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageSupport, canRequestSupport } from './permissions.ts';

/** Who handles the support structure, and who may ask it for support: roles × actions. */
rolesTable([
	['manage support', (a) => canManageSupport(a, '17'), ['coordinator', 'admin', 'system']],
	[
		'request support',
		(a) => canRequestSupport(a, '17'),
		['reader', 'editor of 7', 'editor of 8', 'moderator', 'coordinator', 'admin', 'system']
	]
]);
