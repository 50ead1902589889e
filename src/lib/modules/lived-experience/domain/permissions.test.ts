import { rolesTable } from '../../../../../tests/kit/roles.ts';
import {
	canCoordinateLivedExperience,
	canRequestParticipants,
	canRequestParticipantsFor
} from './permissions.ts';

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
	],
	[
		'ask for participants for a process',
		(a) => canRequestParticipantsFor(a, '17', { kind: 'process' }),
		['coordinator', 'admin', 'system']
	],
	[
		'ask for participants for an initiative organisation 7 leads',
		(a) => canRequestParticipantsFor(a, '17', { kind: 'initiative', leadOrganisationId: 7 }),
		['editor of 7', 'coordinator', 'admin', 'system']
	],
	[
		'ask for participants for an initiative of the county',
		(a) => canRequestParticipantsFor(a, '17', { kind: 'initiative', leadOrganisationId: null }),
		['coordinator', 'admin', 'system']
	]
]);
