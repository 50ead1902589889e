import type { PageServerLoad } from './$types';
import { swedishDate } from '$lib/modules/self-assessment/domain/round.ts';
import { exportRows } from '$lib/modules/self-assessment/exports.server.ts';
import { countyOverview } from '$lib/modules/self-assessment/read.server.ts';
import { config } from '$lib/platform/config.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const o = unwrap(
		await countyOverview(locals.db, county.code, swedishDate(new Date()), config().minAnswers)
	);
	const rows = exportRows(o);
	const hiddenCells = o.periods.reduce(
		(s, p) => s + (p.county.shown ? 0 : 1) + p.organisations.filter((x) => !x.cell.shown).length,
		0
	);
	return {
		k: o.k,
		template: { title: o.template.title },
		countyRows: rows.filter((r) => r.organisation === 'Hela länet'),
		organisationRows: rows.filter((r) => r.organisation !== 'Hela länet'),
		folded: rows.some((r) => r.organisation.startsWith('Övriga')),
		hiddenCells
	};
};
