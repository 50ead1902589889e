import type { PageServerLoad } from './$types';
import { caseStudies } from '#lib/modules/regions/read.server.ts';

/** Socialstyrelsen's four case studies in the national overview. */
export const load: PageServerLoad = async ({ locals }) => ({
	cases: (await caseStudies(locals.db)).map((r) => ({
		slug: r.countySlug,
		region: r.region,
		title: r.case!.title,
		lessons: r.case!.lessons
	}))
});
