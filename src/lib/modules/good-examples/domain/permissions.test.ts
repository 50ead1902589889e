import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canNominate, canReuseInto, canReview } from './permissions.ts';

/** Who nominates, reviews and reuses good examples in county 17: roles × actions. */
rolesTable([
	['nominate', (a) => canNominate(a, '17'), ['coordinator', 'admin', 'system']],
	['review', (a) => canReview(a, '17'), ['admin', 'system']],
	['reuse into the county', (a) => canReuseInto(a, '17'), ['coordinator', 'admin', 'system']]
]);
