import { and, eq, notInArray, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Tx } from '../../../platform/db/client.ts';
import * as t from '../tables.ts';
import { countyAreas } from './queries.ts';

/**
 * A county's own indicator whose values another module computes (the
 * Dialogguide's county result per dimension): made the first time, found by
 * its county and title afterwards (so coordinators may edit its text), its
 * values written for the county (the region's area id), period and all
 * genders ('T'), with the number behind each value and what it rests on in
 * words; a period that no longer has a value (fewer answers) loses it. Targets are set on it
 * as on any indicator. The indicator's creation is audited; its values are
 * computed, and credited to `source`.
 */
export interface ExternalIndicator {
	countyCode: string;
	title: string;
	description: string;
	unit: string;
	links: { kind: 'focus_shift' | 'development_area'; key: string }[];
	source: string;
	/** every value the indicator has: a period left out loses its value */
	values: { period: number; value: number; count: number; basis?: string }[];
	/** false: an indicator not yet made is not made now (a module clearing values it no longer has) */
	create?: boolean;
}

export async function publishExternalIndicator(
	tx: Tx,
	actor: Actor,
	ind: ExternalIndicator
): Promise<{ indicatorId: number | null; values: number }> {
	const areas = await countyAreas(tx, ind.countyCode);
	if (!areas) throw new Error(`no county ${ind.countyCode}`);
	let [row] = await tx
		.select({ id: t.indicators.id })
		.from(t.indicators)
		.where(
			and(
				eq(t.indicators.countyCode, ind.countyCode),
				eq(t.indicators.title, ind.title),
				eq(t.indicators.source, 'own')
			)
		);
	if (!row && ind.create === false) return { indicatorId: null, values: 0 };
	if (!row) {
		[row] = await tx
			.insert(t.indicators)
			.values({
				countyCode: ind.countyCode,
				title: ind.title,
				description: ind.description,
				unit: ind.unit,
				direction: 'higher_is_better',
				source: 'own',
				frequency: 'halvår eller år',
				aggregation: 'none'
			})
			.returning({ id: t.indicators.id });
		if (ind.links.length)
			await tx
				.insert(t.indicatorLinks)
				.values(ind.links.map((l) => ({ indicatorId: row!.id, ...l })));
		await audit(tx, actor, {
			action: 'create',
			entityType: 'indicator',
			entityId: row!.id,
			countyCode: ind.countyCode,
			before: null,
			after: { title: ind.title, description: ind.description, unit: ind.unit, source: 'own' }
		});
	}
	await tx.delete(t.measurements).where(
		and(
			eq(t.measurements.indicatorId, row!.id),
			eq(t.measurements.areaId, areas.regionId),
			ind.values.length
				? notInArray(
						t.measurements.period,
						ind.values.map((v) => v.period)
					)
				: undefined
		)
	);
	if (ind.values.length)
		await tx
			.insert(t.measurements)
			.values(
				ind.values.map((v) => ({
					indicatorId: row!.id,
					areaId: areas.regionId,
					period: v.period,
					gender: 'T',
					value: v.value,
					count: v.count,
					basis: v.basis ?? null,
					source: ind.source
				}))
			)
			.onConflictDoUpdate({
				target: [
					t.measurements.indicatorId,
					t.measurements.areaId,
					t.measurements.period,
					t.measurements.gender
				],
				set: {
					value: sql`excluded.value`,
					count: sql`excluded.count`,
					basis: sql`excluded.basis`,
					source: sql`excluded.source`,
					importedAt: sql`now()`
				}
			});
	return { indicatorId: row!.id, values: ind.values.length };
}
