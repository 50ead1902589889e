import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { config } from '#lib/platform/config.ts';
import { county } from '#lib/modules/counties/index.server.ts';

/** The privacy notice is the county's: the default county's, when no county is named. */
export const load: PageServerLoad = async ({ locals }) => {
	const found = await county(locals.db, config().defaultCountyCode);
	redirect(307, found.kind === 'ok' ? `/lan/${found.value.slug}/personuppgifter` : '/');
};
