import type { Actions, PageServerLoad } from './$types';
import { ownActions } from '#lib/modules/actions/read.server.ts';
import { digestSetting, setDigest } from '#lib/modules/actions/service.server.ts';
import { formAction, type CountyScope } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';
import { requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	requireUser(locals, url);
	const { counties } = await parent();
	const slug = Object.fromEntries(counties.map((c) => [c.code, c.slug]));
	const own = await ownActions(locals.db, locals.actor);
	return {
		actions: own.map((a) => ({ ...a, countySlug: slug[a.countyCode] ?? a.countyCode })),
		digest: unwrap(await digestSetting(locals.db, locals.actor))
	};
};

export const actions: Actions = {
	digest: formAction(
		(...[db, actor, , raw]: [...CountyScope, Record<string, unknown>]) => setDigest(db, actor, raw),
		(county) => `/lan/${county.slug}/atgarder/mina?sparat`
	)
};
