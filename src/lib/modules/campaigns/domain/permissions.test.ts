import { rolesTable } from '../../../../../tests/kit/roles.ts';
import { canOpenCampaigns, canThemeAnswers } from './permissions.ts';

rolesTable([
	['open a campaign', (a) => canOpenCampaigns(a, '17'), ['coordinator', 'admin', 'system']],
	['theme the answers', (a) => canThemeAnswers(a, '17'), ['moderator', 'admin', 'system']]
]);
