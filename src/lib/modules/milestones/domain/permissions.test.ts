import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageMilestones } from './permissions.ts';

/** Who keeps the county's milestones: roles × the one action. */
rolesTable([
	['manage milestones', (a) => canManageMilestones(a, '17'), ['coordinator', 'admin', 'system']]
]);
