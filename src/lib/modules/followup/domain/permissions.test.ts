import { type Action, rolesTable } from '../../../../../tests/kit/roles.ts';
import {
	canEditIndicators,
	canImportForArea,
	canImportMeasurements,
	canSetTargets
} from './permissions.ts';

/** Who may do what in the follow-up, in county 17: roles × actions, as a table. */
const actions: Action[] = [
	[
		"edit the county's indicators",
		(a) => canEditIndicators(a, '17'),
		['coordinator', 'admin', 'system']
	],
	["set the county's targets", (a) => canSetTargets(a, '17'), ['coordinator', 'admin', 'system']],
	[
		'import measurements (for some county)',
		(a) => canImportMeasurements(a),
		['coordinator', 'admin', 'admin of 20', 'system']
	],
	[
		"import values for the county's areas",
		(a) => canImportForArea(a, '17'),
		['coordinator', 'admin', 'system']
	],
	['import values for Riket', (a) => canImportForArea(a, null), ['system']]
];

rolesTable(actions);
