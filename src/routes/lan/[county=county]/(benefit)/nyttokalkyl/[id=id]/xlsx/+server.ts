import type { RequestHandler } from './$types';
import { municipalityNames, scenarioOfPage } from '#lib/modules/benefit/server/pages.ts';
import { computeValidated } from '#lib/modules/benefit/server/service.ts';
import { scenarioWorkbook } from '#lib/modules/benefit/server/xlsx.ts';
import { safeFileName } from '#lib/platform/csv.ts';

/** A saved calculation (the current version, or ?version=) as an Excel file. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { county, scenario } = await scenarioOfPage(
		locals,
		params.id,
		url.searchParams.get('version')
	);
	const body = await scenarioWorkbook(
		{
			name: scenario.name,
			description: scenario.description,
			countyName: county.name,
			version: scenario.version,
			savedAt: scenario.savedAt,
			municipalityNames: await municipalityNames(locals.db, county.code),
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
