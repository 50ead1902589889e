import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canSetRetention } from './permissions.ts';

/** Who sets the county's retention periods: roles × the one action, as a table. */
rolesTable([['set retention periods', (a) => canSetRetention(a, '17'), ['admin', 'system']]]);
