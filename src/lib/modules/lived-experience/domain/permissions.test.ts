import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canCoordinateLivedExperience, canRequestParticipants } from './permissions.ts';

rolesTable([
	[
		'read offers, match and record assignments',
		(a) => canCoordinateLivedExperience(a, '17'),
		['coordinator', 'admin', 'system']
	],
	[
		'ask for participants',
		(a) => canRequestParticipants(a, '17'),
		['editor of 7', 'editor of 8', 'coordinator', 'admin', 'system']
	]
]);
