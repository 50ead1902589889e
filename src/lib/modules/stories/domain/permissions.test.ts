import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canAnswerStories, canAnswerStory, canModerateStories } from './permissions.ts';

/** Who moderates and answers stories in county 17: roles × actions, as a table. */
rolesTable([
	['moderate stories', (a) => canModerateStories(a, '17'), ['moderator', 'admin', 'system']],
	[
		'answer a story for organisation 7',
		(a) => canAnswerStory(a, '17', 7),
		['editor of 7', 'coordinator', 'admin', 'system']
	],
	[
		'answer stories at all (the form)',
		(a) => canAnswerStories(a, '17'),
		['editor of 7', 'editor of 8', 'coordinator', 'admin', 'system']
	]
]);
