import type { PageServerLoad } from './$types';
import { exportRows } from '#lib/modules/self-assessment/exports.server.ts';
import { countyToday } from '#lib/modules/self-assessment/pages.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { overview: o } = await countyToday(locals);
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
