import type { PageServerLoad } from './$types';
import { unwrap } from '#lib/platform/http.ts';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import { pageCounty } from '#lib/platform/request.ts';
import * as timelineReads from '#lib/modules/timeline/read.server.ts';
import { listMilestones } from '#lib/modules/milestones/index.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const query = {
		level: url.searchParams.get('niva') ?? undefined,
		year: url.searchParams.get('ar') ?? undefined
	};
	const milestones = async () =>
		unwrap(await listMilestones(locals.db, locals.actor, params.county)).milestones;
	const result = await timelineReads.timeline(locals.db, locals.actor, params.county, {
		level: query.level,
		year: query.year
	});
	if (result.kind === 'invalid') {
		// show every event, and say what was wrong with the filter
		const all = unwrap(await timelineReads.timeline(locals.db, locals.actor, params.county, {}));
		return { ...all, query, errors: result.fields, canEdit: false, milestones: await milestones() };
	}
	const value = unwrap(result);
	const county = await pageCounty(locals);
	// the filter holds for the milestones too: they are the county's, and of the year chosen
	const year = query.year ? Number(query.year) : null;
	const shown =
		query.level === 'national'
			? []
			: (await milestones()).filter((m) => year === null || m.year === year);
	return {
		milestones: shown,
		...value,
		query,
		errors: null,
		canEdit: canEditCountyContent(locals.actor, county.code)
	};
};
