import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The county switcher posts here (GET ?lan=slug) so it works without JavaScript. */
export const load: PageServerLoad = async ({ url, parent }) => {
	const wanted = url.searchParams.get('lan');
	if (wanted) {
		const { counties } = await parent();
		const county = counties.find((c) => c.slug === wanted || c.code === wanted);
		if (county) redirect(303, `/lan/${county.slug}`);
	}
	return { wanted };
};
