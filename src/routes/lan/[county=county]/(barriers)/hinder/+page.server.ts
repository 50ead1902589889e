import type { PageServerLoad } from './$types';
import { canRaiseBarrier } from '#lib/modules/barriers/domain/permissions.ts';
import * as barriersReads from '#lib/modules/barriers/read.server.ts';
import { canReadInternal } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await barriersReads.barrierList(locals.db, locals.actor, county.code)),
		canRaise: canRaiseBarrier(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
