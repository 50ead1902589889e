import type { PageServerLoad } from './$types';
import * as content from '$lib/server/content/service.ts';

export const load: PageServerLoad = async ({ locals }) => ({
	documents: await content.sourceDocuments(locals.db)
});
