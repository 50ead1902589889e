import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageAgreements } from './permissions.ts';

/** Who keeps the register of agreements and guidelines: roles × the one action. */
rolesTable([
	['manage agreements', (a) => canManageAgreements(a, '17'), ['coordinator', 'admin', 'system']]
]);
