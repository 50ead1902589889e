import { barrierChoices, raiseBarrier } from '#lib/modules/barriers/service.server.ts';
import { formAction, formLoad, type CountyScope } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await barrierChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(
		(...[db, actor, countyCode, raw]: [...CountyScope, Record<string, unknown>]) =>
			raiseBarrier(db, actor, countyCode, raw),
		(county, b) => `/lan/${county.slug}/hinder/${b.id}`
	)
};
