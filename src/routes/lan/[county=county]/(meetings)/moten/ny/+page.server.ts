import { createMeeting, meetingChoices } from '#lib/modules/meetings/service.server.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await meetingChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(
		createMeeting,
		(county, m) => `/lan/${county.slug}/moten/${m.id}`,
		nestedForm(['participants'])
	)
};
