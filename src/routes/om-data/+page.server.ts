import type { PageServerLoad } from './$types';
import * as content from '#lib/modules/counties/service.server.ts';

export const load: PageServerLoad = async ({ locals }) => ({
	documents: await content.sourceDocuments(locals.db)
});
