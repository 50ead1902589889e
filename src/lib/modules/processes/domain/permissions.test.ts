import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageProcesses } from './permissions.ts';

/** Who runs the county's processes: roles × the one action, as a table. */
rolesTable([
	['manage processes', (a) => canManageProcesses(a, '17'), ['coordinator', 'admin', 'system']]
]);
