import type { RequestHandler } from './$types';
import { aggregateXlsx } from '#lib/modules/self-assessment/exports.server.ts';
import { countyToday } from '#lib/modules/self-assessment/pages.server.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const { county, overview } = await countyToday(locals);
	return new Response(new Uint8Array(await aggregateXlsx(overview, county.name)), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="dialogguiden-${county.slug}.xlsx"`
		}
	});
};
