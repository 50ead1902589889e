import type { PageServerLoad } from './$types';
import { canRecordMeetings } from '#lib/modules/meetings/domain/permissions.ts';
import * as meetingsReads from '#lib/modules/meetings/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await meetingsReads.meetingList(locals.db, locals.actor, county.code)),
		canRecord: canRecordMeetings(locals.actor, county.code)
	};
};
