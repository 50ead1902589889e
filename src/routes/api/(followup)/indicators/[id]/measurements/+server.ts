import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { indicatorSummary, Measurements } from '#lib/modules/followup/server/api-schemas.ts';
import { getMeasurements } from '#lib/modules/followup/server/service.ts';
import { ok } from '#lib/core/outcome.ts';

/** An indicator's values for areas × years × genders, with ETag (304 when unchanged). */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	const all = (name: string) => {
		const values = url.searchParams.getAll(name);
		return values.length ? values.join(',') : undefined;
	};
	const outcome = await getMeasurements(locals.db, locals.actor, params.id, {
		areas: all('area') ?? '',
		from: url.searchParams.get('from') ?? undefined,
		to: url.searchParams.get('to') ?? undefined,
		genders: all('gender')
	});
	if (outcome.kind !== 'ok') return cachedApiResponse(request, outcome, Measurements);
	const { indicator: i, query, rows } = outcome.value;
	return cachedApiResponse(
		request,
		ok({
			indicator: indicatorSummary(i),
			areas: [...new Set(query.areas)],
			from: query.from,
			to: query.to,
			genders: [...new Set(query.genders)],
			values: rows.map((r) => ({
				area: r.areaId,
				period: r.period,
				gender: r.gender,
				value: r.value,
				count: r.count,
				status: r.status,
				basis: r.basis,
				source: r.source,
				importedAt: r.importedAt.toISOString()
			}))
		}),
		Measurements
	);
};
