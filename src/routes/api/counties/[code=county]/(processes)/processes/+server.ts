import type { RequestHandler } from './$types';
import { ok } from '#lib/core/outcome.ts';
import { Process, ProcessList } from '#lib/modules/processes/api-schema.ts';
import { createProcess, listProcesses } from '#lib/modules/processes/service.server.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

/** The county's processes with their coverage, the summary per development area and the gaps. */
export const GET: RequestHandler = apiCountyGet(
	async (db, actor, countyCode) => {
		const list = await listProcesses(db, actor, countyCode);
		if (list.kind !== 'ok') return list;
		const { processes, matrix } = list.value;
		return ok({
			countyCode,
			processes,
			summary: matrix.summary,
			gaps: matrix.gaps,
			notAssessed: matrix.notAssessed
		});
	},
	ProcessList,
	{ cached: true }
);

export const POST: RequestHandler = apiCountyWrite(createProcess, Process, { created: true });
