import type { PageServerLoad } from './$types';
import { gapsByProcess } from '#lib/modules/processes/domain/coverage.ts';
import { canManageProcesses } from '#lib/modules/processes/index.ts';
import { unwrap } from '#lib/platform/http.ts';
import { listProcesses } from '#lib/modules/processes/service.server.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const { matrix } = unwrap(await listProcesses(locals.db, locals.actor, county.code));
	return {
		rows: matrix.rows.map((r) => ({
			id: r.process.id,
			title: r.process.title,
			level: r.process.level,
			status: r.process.status,
			internal: r.process.visibility === 'internal',
			cells: r.cells.map((c) => ({ area: c.area, state: c.state })),
			workedThrough: r.workedThrough
		})),
		summary: matrix.summary,
		gaps: gapsByProcess(matrix.gaps),
		gapCount: matrix.gaps.length,
		notAssessed: matrix.notAssessed,
		sourceFiles: [
			...new Set(matrix.rows.map((r) => r.process.source).filter((s): s is string => s !== null))
		],
		canCreate: canManageProcesses(locals.actor, county.code)
	};
};
