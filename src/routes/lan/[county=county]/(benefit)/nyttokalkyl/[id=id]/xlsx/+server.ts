import type { RequestHandler } from './$types';
import { municipalities } from '$lib/modules/benefit/server/service.ts';
import { computeValidated, getScenario } from '$lib/modules/benefit/server/service.ts';
import { scenarioWorkbook } from '$lib/modules/benefit/server/xlsx.ts';
import { safeFileName } from '$lib/platform/csv.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { pageCounty } from '$lib/platform/request.ts';

/** A saved calculation (the current version, or ?version=) as an Excel file. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	const asked = url.searchParams.get('version');
	const scenario = unwrap(
		await getScenario(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			asked === null ? undefined : formId(asked)
		)
	);
	const places = await municipalities(locals.db, county.code);
	const body = await scenarioWorkbook(
		{
			name: scenario.name,
			description: scenario.description,
			countyName: county.name,
			version: scenario.version,
			savedAt: scenario.savedAt,
			municipalityNames: Object.fromEntries(places.map((m) => [m.code, m.name])),
			url: `${url.origin}/lan/${county.slug}/nyttokalkyl/${scenario.id}`
		},
		computeValidated(scenario.input)
	);
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${safeFileName(`nyttokalkyl-${county.slug}-${scenario.id}-v${scenario.version}.xlsx`)}"`,
			'cache-control': 'no-store'
		}
	});
};
