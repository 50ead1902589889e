import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import * as countiesTables from '../../counties/tables.ts';
import * as followupTables from '../../followup/tables.ts';
import * as benefitTables from '../tables.ts';

const t = { ...benefitTables, ...countiesTables, ...followupTables };

/**
 * Reads of the benefit model: saved scenarios and their versions, and the
 * measurements a scenario can be filled from. SQL for these lives here.
 */

export type ScenarioRow = typeof t.scenarios.$inferSelect;
export type VersionRow = typeof t.scenarioVersions.$inferSelect;
export type Visible = ('public' | 'internal')[];

/**
 * The county's scenarios the reader may see, not archived, most recently
 * saved first, each with the input of its current version.
 */
export async function listScenarios(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<(ScenarioRow & { input: unknown })[]> {
	const rows = await db
		.select({ scenario: t.scenarios, input: t.scenarioVersions.input })
		.from(t.scenarios)
		.innerJoin(
			t.scenarioVersions,
			and(
				eq(t.scenarioVersions.scenarioId, t.scenarios.id),
				eq(t.scenarioVersions.version, t.scenarios.currentVersion)
			)
		)
		.where(
			and(
				eq(t.scenarios.countyCode, countyCode),
				isNull(t.scenarios.archivedAt),
				inArray(t.scenarios.visibility, visible)
			)
		)
		.orderBy(desc(t.scenarios.updatedAt), desc(t.scenarios.id));
	return rows.map((r) => ({ ...r.scenario, input: r.input }));
}

export async function findScenario(
	db: Db | Tx,
	countyCode: string,
	id: number
): Promise<ScenarioRow | undefined> {
	const [row] = await db
		.select()
		.from(t.scenarios)
		.where(and(eq(t.scenarios.id, id), eq(t.scenarios.countyCode, countyCode)));
	return row;
}

/** Every version of a scenario, newest first, without their inputs. */
export async function listVersions(
	db: Db | Tx,
	scenarioId: number
): Promise<Omit<VersionRow, 'input'>[]> {
	return db
		.select({
			id: t.scenarioVersions.id,
			scenarioId: t.scenarioVersions.scenarioId,
			version: t.scenarioVersions.version,
			createdBy: t.scenarioVersions.createdBy,
			createdAt: t.scenarioVersions.createdAt
		})
		.from(t.scenarioVersions)
		.where(eq(t.scenarioVersions.scenarioId, scenarioId))
		.orderBy(desc(t.scenarioVersions.version));
}

export async function findVersion(
	db: Db | Tx,
	scenarioId: number,
	version: number
): Promise<VersionRow | undefined> {
	const [row] = await db
		.select()
		.from(t.scenarioVersions)
		.where(
			and(eq(t.scenarioVersions.scenarioId, scenarioId), eq(t.scenarioVersions.version, version))
		);
	return row;
}

export async function insertScenario(
	tx: Tx,
	values: typeof t.scenarios.$inferInsert
): Promise<ScenarioRow> {
	const [row] = await tx.insert(t.scenarios).values(values).returning();
	return row!;
}

export async function insertVersion(
	tx: Tx,
	values: typeof t.scenarioVersions.$inferInsert
): Promise<VersionRow> {
	const [row] = await tx.insert(t.scenarioVersions).values(values).returning();
	return row!;
}

/** The county's municipalities (SCB code and name), in Swedish order. */
export async function municipalities(
	db: Db,
	countyCode: string
): Promise<{ code: string; name: string }[]> {
	const rows = await db
		.select({ code: t.organisations.scbCode, name: t.organisations.name })
		.from(t.organisations)
		.where(
			and(eq(t.organisations.countyCode, countyCode), eq(t.organisations.kind, 'municipality'))
		)
		.orderBy(asc(t.organisations.name));
	return rows
		.filter((r): r is { code: string; name: string } => r.code !== null)
		.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export interface MeasurementValue {
	koladaId: string;
	title: string;
	areaId: string;
	period: number;
	value: number | null;
	source: string;
}

/**
 * The values of Kolada indicators for some areas, both sexes together
 * (gender 'T'), every period, newest first.
 */
export async function indicatorValues(
	db: Db,
	koladaIds: string[],
	areaIds: string[]
): Promise<MeasurementValue[]> {
	if (!koladaIds.length || !areaIds.length) return [];
	const rows = await db
		.select({
			koladaId: t.indicators.koladaId,
			title: t.indicators.title,
			areaId: t.measurements.areaId,
			period: t.measurements.period,
			value: t.measurements.value,
			source: t.measurements.source
		})
		.from(t.measurements)
		.innerJoin(t.indicators, eq(t.indicators.id, t.measurements.indicatorId))
		.where(
			and(
				inArray(t.indicators.koladaId, koladaIds),
				inArray(t.measurements.areaId, areaIds),
				eq(t.measurements.gender, 'T')
			)
		)
		.orderBy(desc(t.measurements.period), asc(t.measurements.areaId));
	return rows.map((r) => ({ ...r, koladaId: r.koladaId! }));
}
