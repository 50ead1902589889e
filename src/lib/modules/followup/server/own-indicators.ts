import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { isConflict, saveRevision } from '../../../platform/editing.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import * as t from '../tables.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../../core/outcome.ts';
import type { IndicatorDetail, OwnIndicatorConflict } from '../domain/types.ts';
import { noIndicator, toIndicator } from './indicators.ts';
import { canEditIndicators } from '../domain/permissions.ts';
import * as q from './queries.ts';
import { OwnIndicatorInput, OwnIndicatorUpdate } from './schemas.ts';

/** A county's own indicators: created and changed by its coordinators and administrators. */

const INDICATOR = 'indicator';
const NOT_SAVED = 'Nyckeltalet kunde inte sparas.';

type OwnFields = Omit<OwnIndicatorInput, 'links'>;

function ownFields(row: q.IndicatorRow): OwnFields {
	return {
		title: row.title,
		description: row.description,
		unit: row.unit,
		direction: row.direction,
		source: row.source === 'scb' ? 'scb' : 'own',
		frequency: row.frequency,
		hasGenderSplit: row.hasGenderSplit,
		aggregation: row.aggregation,
		operatingArea: row.operatingArea,
		visibility: row.visibility
	};
}

function toColumns(input: OwnIndicatorInput) {
	return {
		title: input.title,
		description: input.description,
		unit: input.unit,
		direction: input.direction,
		source: input.source,
		frequency: input.frequency,
		hasGenderSplit: input.hasGenderSplit,
		aggregation: input.aggregation,
		operatingArea: input.operatingArea,
		visibility: input.visibility
	};
}

/** Links to development and goal areas must name an item of the county's roadmap. */
async function checkLinks(
	tx: Db | Tx,
	countyCode: string,
	links: OwnIndicatorInput['links']
): Promise<Record<string, string[]>> {
	const fields: Record<string, string[]> = {};
	const known = {
		development_area: await q.roadmapKeys(tx, countyCode, 'development_area'),
		goal_area: await q.roadmapKeys(tx, countyCode, 'goal_area')
	};
	const label = { development_area: 'utvecklingsområde', goal_area: 'målområde' };
	for (const [i, link] of links.entries()) {
		if (link.kind !== 'development_area' && link.kind !== 'goal_area') continue;
		if (!known[link.kind].has(link.key)) {
			fields[`links.${i}.key`] = [
				`Länets färdplan har inget ${label[link.kind]} med nyckeln "${link.key}".`
			];
		}
	}
	return fields;
}

/** The input checked by its schema and its links against the county's roadmap. */
async function validated<T extends OwnIndicatorInput>(
	db: Db,
	countyCode: string,
	schema: z.ZodType<T>,
	raw: Record<string, unknown>
): Promise<Outcome<T>> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) return invalid(NOT_SAVED, fieldErrors(parsed.error.issues));
	const linkErrors = await checkLinks(db, countyCode, parsed.data.links);
	if (Object.keys(linkErrors).length) return invalid(NOT_SAVED, linkErrors);
	return ok(parsed.data);
}

async function replaceLinks(tx: Tx, indicatorId: number, links: OwnIndicatorInput['links']) {
	await tx.delete(t.indicatorLinks).where(eq(t.indicatorLinks.indicatorId, indicatorId));
	const unique = [...new Map(links.map((l) => [`${l.kind}:${l.key}`, l])).values()];
	if (unique.length) {
		await tx.insert(t.indicatorLinks).values(unique.map((l) => ({ indicatorId, ...l })));
	}
	return unique;
}

/** Creates one of the county's own indicators (coordinators and administrators). */
export async function createOwnIndicator(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<IndicatorDetail>> {
	if (!canEditIndicators(actor, countyCode)) return forbidden();
	const input = await validated(db, countyCode, OwnIndicatorInput, raw);
	if (input.kind !== 'ok') return input;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(t.indicators)
			.values({ ...toColumns(input.value), countyCode, koladaId: null, publicationPeriod: '' })
			.returning();
		const links = await replaceLinks(tx, row!.id, input.value.links);
		await audit(tx, actor, {
			action: 'create',
			entityType: INDICATOR,
			entityId: row!.id,
			countyCode,
			before: null,
			after: { ...ownFields(row!), links }
		});
		return ok({ ...toIndicator(row!), links, followUp: [] });
	});
}

/**
 * Changes one of the county's own indicators. The save names the revision
 * it was based on; if someone saved in between, nothing is written and the
 * caller gets the indicator as it is now (a conflict).
 */
export async function updateOwnIndicator(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<IndicatorDetail>> {
	if (!canEditIndicators(actor, countyCode)) return forbidden();
	const input = await validated(db, countyCode, OwnIndicatorUpdate, raw);
	if (input.kind !== 'ok') return input;
	return db.transaction(async (tx) => {
		const scope = await q.findIndicator(tx, { id });
		if (!scope || scope.countyCode !== countyCode || scope.archivedAt)
			return noIndicator(String(id));
		const beforeLinks = await q.linksOf(tx, id);
		const saved = await saveRevision<q.IndicatorRow>(
			tx,
			t.indicators,
			INDICATOR,
			id,
			input.value.revision,
			toColumns(input.value)
		);
		if (!saved) return noIndicator(String(id));
		if (isConflict<q.IndicatorRow>(saved)) {
			const current: OwnIndicatorConflict = {
				current: { ...toIndicator(saved.current), links: beforeLinks, followUp: [] },
				changedBy: saved.changedBy,
				changedAt: saved.changedAt
			};
			return {
				kind: 'conflict',
				message:
					'Någon annan har sparat en ändring av nyckeltalet medan du redigerade. Ingenting har skrivits över.',
				current
			} as const;
		}
		const links = await replaceLinks(tx, id, input.value.links);
		await audit(tx, actor, {
			action: 'update',
			entityType: INDICATOR,
			entityId: id,
			countyCode,
			before: { ...ownFields(saved.before), links: beforeLinks },
			after: { ...ownFields(saved.after), links }
		});
		return ok({ ...toIndicator(saved.after), links, followUp: [] });
	});
}
