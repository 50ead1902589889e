import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canManageActions, canReportAction } from './permissions.ts';

rolesTable([
	[
		'give out and change actions',
		(a) => canManageActions(a, '17'),
		['coordinator', 'admin', 'system']
	],
	[
		"report progress on the reader's own action",
		(a) => canReportAction(a, '17', 1),
		['reader', 'coordinator', 'admin', 'system']
	],
	[
		"report progress on someone else's action",
		(a) => canReportAction(a, '17', 99),
		['coordinator', 'admin', 'system']
	]
]);
