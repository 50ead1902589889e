import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { rememberCounty } from '#lib/platform/chosen-county.ts';

/** The county switcher posts here (GET ?lan=slug) so it works without JavaScript. */
export const load: PageServerLoad = async ({ url, parent, cookies }) => {
	const wanted = url.searchParams.get('lan');
	if (wanted) {
		const { counties } = await parent();
		const county = counties.find((c) => c.slug === wanted || c.code === wanted);
		if (county) {
			// the choice sticks: the start page and the logo lead to it from now on
			rememberCounty(cookies, county.slug);
			redirect(303, `/lan/${county.slug}`);
		}
	}
	return { wanted };
};
