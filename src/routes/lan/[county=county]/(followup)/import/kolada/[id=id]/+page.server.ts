import type { PageServerLoad } from './$types';
import { indicatorName } from '#lib/modules/followup/domain/catalogue.ts';
import { getIndicator } from '#lib/modules/followup/server/indicators.ts';
import { koladaJob } from '#lib/modules/followup/server/kolada-jobs.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/** One Kolada import of the county and how far it has come. */

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : Number.NaN;
	const job = unwrap(await koladaJob(locals.db, locals.actor, county.code, id));
	setHeaders({ 'cache-control': 'no-store' });
	// each indicator the import filled, by the name its page has
	const filled = await Promise.all(
		job.kpis.map(async (kpi) => {
			const found = await getIndicator(locals.db, locals.actor, kpi);
			return { kpi, name: found.kind === 'ok' ? indicatorName(found.value) : kpi };
		})
	);
	return { job, filled };
};
