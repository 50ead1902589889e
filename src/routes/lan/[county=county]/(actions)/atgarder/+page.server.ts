import type { PageServerLoad } from './$types';
import { canManageActions } from '#lib/modules/actions/domain/permissions.ts';
import * as actionsReads from '#lib/modules/actions/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, { keepQuery: true });
	const county = await pageCounty(locals);
	return {
		...unwrap(
			await actionsReads.board(
				locals.db,
				locals.actor,
				county.code,
				Object.fromEntries(url.searchParams)
			)
		),
		canManage: canManageActions(locals.actor, county.code)
	};
};
