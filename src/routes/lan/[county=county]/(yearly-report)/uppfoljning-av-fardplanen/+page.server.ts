import type { PageServerLoad } from './$types';
import { pageExtras, requestedView } from '#lib/modules/yearly-report/files.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const view = await requestedView(locals, url);
	return { ...view, ...pageExtras(locals.actor, view) };
};
