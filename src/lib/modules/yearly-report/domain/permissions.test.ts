import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canWriteNarrative } from './permissions.ts';

/** Who writes the yearly report's narrative: roles × the one action. */
rolesTable([
	['write the narrative', (a) => canWriteNarrative(a, '17'), ['coordinator', 'admin', 'system']]
]);
