import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canWriteReflections } from './permissions.ts';

rolesTable([
	[
		'write and change a reflection',
		(a) => canWriteReflections(a, '17'),
		['coordinator', 'admin', 'system']
	]
]);
