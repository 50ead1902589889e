import { getMeeting, meetingChoices, updateMeeting } from '#lib/modules/meetings/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getMeeting, async (meeting, { db, actor, county }) => ({
	meeting,
	choices: unwrap(await meetingChoices(db, actor, county.code))
}));

export const actions = {
	save: formAction(
		updateMeeting,
		(county, m) => `/lan/${county.slug}/moten/${m.id}`,
		nestedForm(['participants'])
	)
};
