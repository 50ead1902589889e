import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processCoverage, processes } from '../processes/tables.ts';

/** The SQL of the comparison of counties, and nowhere else: public, live content only. */

export async function publicInitiatives(db: Db, codes: string[]) {
	return db
		.select({
			countyCode: initiatives.countyCode,
			phase: initiatives.phase,
			developmentAreas: initiatives.developmentAreas,
			focusShifts: initiatives.focusShifts
		})
		.from(initiatives)
		.where(
			and(
				inArray(initiatives.countyCode, codes),
				eq(initiatives.visibility, 'public'),
				isNull(initiatives.archivedAt)
			)
		);
}

export async function publicProcesses(db: Db, codes: string[]) {
	const list = await db
		.select({ id: processes.id, countyCode: processes.countyCode })
		.from(processes)
		.where(
			and(
				inArray(processes.countyCode, codes),
				eq(processes.visibility, 'public'),
				isNull(processes.archivedAt)
			)
		);
	const coverage = list.length
		? await db
				.select({
					processId: processCoverage.processId,
					developmentArea: processCoverage.developmentArea,
					state: processCoverage.state
				})
				.from(processCoverage)
				.where(
					inArray(
						processCoverage.processId,
						list.map((p) => p.id)
					)
				)
		: [];
	return { list, coverage };
}
