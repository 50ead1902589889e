import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { regionAccount } from '#lib/modules/regions/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';

/** One case study: its text, its lessons and the initiatives taken from it. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const r = unwrap(await regionAccount(locals.db, params.region));
	if (!r.case) error(404, 'Regionen har ingen fallstudie i översikten.');
	return { region: r.region, slug: r.countySlug, study: r.case };
};
