import type { RequestHandler } from './$types';
import { swedishDate } from '$lib/modules/self-assessment/domain/round.ts';
import { aggregateXlsx } from '$lib/modules/self-assessment/exports.server.ts';
import { countyOverview } from '$lib/modules/self-assessment/read.server.ts';
import { config } from '$lib/platform/config.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const county = await pageCounty(locals);
	const o = unwrap(
		await countyOverview(locals.db, county.code, swedishDate(new Date()), config().minAnswers)
	);
	return new Response(new Uint8Array(await aggregateXlsx(o, county.name)), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="dialogguiden-${county.slug}.xlsx"`
		}
	});
};
