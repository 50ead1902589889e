import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as content from '$lib/modules/counties/service.server.ts';
import { koladaJob } from '$lib/modules/followup/server/kolada-jobs.ts';
import { unwrap } from '$lib/platform/http.ts';

/** One Kolada import of the county and how far it has come. */

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : Number.NaN;
	const job = unwrap(await koladaJob(locals.db, locals.actor, county.code, id));
	setHeaders({ 'cache-control': 'no-store' });
	return { job };
};
