import type { Actions, PageServerLoad } from './$types';
import { canRecordMeetings } from '#lib/modules/meetings/domain/permissions.ts';
import * as meetingsReads from '#lib/modules/meetings/read.server.ts';
import { addAgendaItem, meetingChoices } from '#lib/modules/meetings/service.server.ts';
import { canReadInternal } from '#lib/core/permissions.ts';
import { formAction } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	const meeting = unwrap(
		await meetingsReads.minutes(locals.db, locals.actor, county.code, formId(params.id))
	);
	const canRecord = canRecordMeetings(locals.actor, county.code);
	return {
		meeting,
		canRecord,
		canReadInternal: canReadInternal(locals.actor, county.code),
		choices: canRecord ? unwrap(await meetingChoices(locals.db, locals.actor, county.code)) : null
	};
};

export const actions: Actions = {
	item: formAction(addAgendaItem, (county, m) => `/lan/${county.slug}/moten/${m.id}#dagordning`)
};
