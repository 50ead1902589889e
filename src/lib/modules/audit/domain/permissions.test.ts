import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canReadAudit } from './permissions.ts';

/** Who reads the county's audit log: roles × the one action, as a table. */
rolesTable([['read the audit log', (a) => canReadAudit(a, '17'), ['admin', 'system']]]);
