import { and, eq } from 'drizzle-orm';
import {
	aggregateSeries,
	changeOver,
	judgeChange,
	type Change,
	type Gender,
	type SeriesPoint,
	type Verdict
} from '../domain/aggregate.ts';
import {
	POPULATION_KPI,
	populationGroupFromTitle,
	type PopulationGroup
} from '../domain/catalogue.ts';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { visibleTo } from '../../../core/permissions.ts';
import { isConflict, lastChange, saveRevision } from '../../../platform/editing.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import * as t from '../tables.ts';
import {
	fieldErrors,
	forbidden,
	invalid,
	notFound,
	ok,
	type Outcome
} from '../../../core/outcome.ts';
import { canEditIndicators, canSetTargets } from '../domain/permissions.ts';
import * as q from './queries.ts';
import {
	CatalogueQuery,
	CountyAggregateQuery,
	MeasurementQuery,
	OwnIndicatorInput,
	OwnIndicatorUpdate,
	TargetArchive,
	TargetInput
} from './schemas.ts';
import { KOLADA_SOURCE, SCB_SOURCE } from './sources.ts';

/**
 * Use cases of the shared follow-up: the indicator catalogue (Kolada's KPIs
 * and the county's own indicators), follow-up sets, measurements, county
 * aggregates and targets. Pages, the API and the CLI call these; each checks
 * access, validates with the schema and audits every write.
 */

export interface Indicator {
	id: number;
	koladaId: string | null;
	countyCode: string | null;
	title: string;
	description: string;
	unit: string;
	direction: 'higher_is_better' | 'lower_is_better' | 'neither';
	source: 'kolada' | 'scb' | 'own';
	frequency: string;
	hasGenderSplit: boolean;
	aggregation: 'sum' | 'population_weighted' | 'none';
	operatingArea: string;
	publicationPeriod: string;
	visibility: 'public' | 'internal';
	revision: number;
	/** what the indicator is credited to, e.g. "Källa: Kolada" */
	credit: string;
}

export interface IndicatorLink {
	kind: 'focus_shift' | 'development_area' | 'goal_area' | 'process';
	key: string;
}

export interface IndicatorDetail extends Indicator {
	links: IndicatorLink[];
	followUp: {
		setKey: string;
		focusShiftKey: string;
		title: string;
		note: string;
		source: string;
	}[];
}

export function credit(row: Pick<q.IndicatorRow, 'source'>): string {
	if (row.source === 'kolada') return `Källa: ${KOLADA_SOURCE}`;
	if (row.source === 'scb') return 'Källa: SCB';
	return 'Länets eget nyckeltal';
}

function toIndicator(row: q.IndicatorRow): Indicator {
	return {
		id: row.id,
		koladaId: row.koladaId,
		countyCode: row.countyCode,
		title: row.title,
		description: row.description,
		unit: row.unit,
		direction: row.direction,
		source: row.source,
		frequency: row.frequency,
		hasGenderSplit: row.hasGenderSplit,
		aggregation: row.aggregation,
		operatingArea: row.operatingArea,
		publicationPeriod: row.publicationPeriod,
		visibility: row.visibility,
		revision: row.revision,
		credit: credit(row)
	};
}

/** Whether the actor may see the indicator: Kolada's always, a county's own by its visibility. */
function mayRead(actor: Actor, row: q.IndicatorRow): boolean {
	if (row.archivedAt) return false;
	if (row.countyCode === null) return true;
	return visibleTo(actor, row.countyCode).includes(row.visibility);
}

const noIndicator = (ref: string) => notFound<never>(`Nyckeltalet ${ref} finns inte.`);

/** An indicator by its id in Nära (42) or its Kolada id (N20402), if the actor may see it. */
async function readable(db: Db, actor: Actor, ref: string | number) {
	const text = String(ref).trim();
	const row = /^\d+$/.test(text)
		? Number(text) <= 2147483647
			? await q.findIndicator(db, { id: Number(text) })
			: undefined
		: /^[A-Za-z]\d{1,11}$/.test(text)
			? await q.findIndicator(db, { koladaId: text })
			: undefined;
	return row && mayRead(actor, row) ? row : undefined;
}

// ——— The catalogue ——————————————————————————————————————————————————————

export interface CatalogueResult {
	query: CatalogueQuery;
	total: number;
	hits: (Indicator & { exact: boolean })[];
}

/** Searches the catalogue: Kolada's KPIs and, with `county`, that county's own indicators. */
export async function searchCatalogue(
	db: Db,
	actor: Actor,
	raw: Record<string, unknown>
): Promise<Outcome<CatalogueResult>> {
	const parsed = CatalogueQuery.safeParse(raw);
	if (!parsed.success) return invalid('Sökningen är ogiltig.', fieldErrors(parsed.error.issues));
	const query = parsed.data;
	const countyCode = query.county ?? null;
	const result = await q.searchIndicators(db, {
		q: query.q,
		source: query.source,
		countyCode,
		visible: countyCode ? visibleTo(actor, countyCode) : ['public'],
		limit: query.limit,
		offset: query.offset
	});
	return ok({
		query,
		total: result.total,
		hits: result.rows.map((r) => ({ ...toIndicator(r), exact: r.exact }))
	});
}

/** One indicator with what it follows (links) and the follow-up sets it is in. */
export async function getIndicator(
	db: Db,
	actor: Actor,
	ref: string | number
): Promise<Outcome<IndicatorDetail>> {
	const row = await readable(db, actor, ref);
	if (!row) return noIndicator(String(ref));
	const [links, items] = await Promise.all([q.linksOf(db, row.id), q.followUpItemsOf(db, row.id)]);
	return ok({
		...toIndicator(row),
		links,
		followUp: items.map((i) => ({
			setKey: i.setKey,
			focusShiftKey: i.focusShiftKey,
			title: i.title,
			note: i.note,
			source: i.source
		}))
	});
}

export interface FollowUpSetItem {
	position: number;
	title: string;
	note: string;
	source: string;
	/** null: no data source yet */
	indicator: Indicator | null;
}

/** A follow-up set (default SKR's) by focus shift, in order. */
export async function followUpSet(
	db: Db,
	setKey = 'skr'
): Promise<
	Outcome<{ setKey: string; groups: { focusShiftKey: string; items: FollowUpSetItem[] }[] }>
> {
	const rows = await q.followUpSet(db, setKey);
	if (rows.length === 0) return notFound(`Uppföljningen "${setKey}" finns inte.`);
	const groups: { focusShiftKey: string; items: FollowUpSetItem[] }[] = [];
	for (const r of rows) {
		let g = groups.find((x) => x.focusShiftKey === r.item.focusShiftKey);
		if (!g) groups.push((g = { focusShiftKey: r.item.focusShiftKey, items: [] }));
		g.items.push({
			position: r.item.position,
			title: r.item.title,
			note: r.item.note,
			source: r.item.source,
			indicator: r.indicator && !r.indicator.archivedAt ? toIndicator(r.indicator) : null
		});
	}
	return ok({ setKey, groups });
}

// ——— A county's own indicators ———————————————————————————————————————————

const INDICATOR = 'indicator';

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

async function replaceLinks(tx: Tx, indicatorId: number, links: OwnIndicatorInput['links']) {
	await tx.delete(t.indicatorLinks).where(eq(t.indicatorLinks.indicatorId, indicatorId));
	const unique = [...new Map(links.map((l) => [`${l.kind}:${l.key}`, l])).values()];
	if (unique.length) {
		await tx.insert(t.indicatorLinks).values(unique.map((l) => ({ indicatorId, ...l })));
	}
	return unique;
}

export interface OwnIndicatorConflict {
	current: IndicatorDetail;
	changedBy: string | null;
	changedAt: string | null;
}

/** Creates one of the county's own indicators (coordinators and administrators). */
export async function createOwnIndicator(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<IndicatorDetail>> {
	if (!canEditIndicators(actor, countyCode)) return forbidden();
	const parsed = OwnIndicatorInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Nyckeltalet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const linkErrors = await checkLinks(db, countyCode, parsed.data.links);
	if (Object.keys(linkErrors).length) return invalid('Nyckeltalet kunde inte sparas.', linkErrors);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(t.indicators)
			.values({ ...toColumns(parsed.data), countyCode, koladaId: null, publicationPeriod: '' })
			.returning();
		const links = await replaceLinks(tx, row!.id, parsed.data.links);
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
	const parsed = OwnIndicatorUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Nyckeltalet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const linkErrors = await checkLinks(db, countyCode, parsed.data.links);
	if (Object.keys(linkErrors).length) return invalid('Nyckeltalet kunde inte sparas.', linkErrors);
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
			parsed.data.revision,
			toColumns(parsed.data)
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
		const links = await replaceLinks(tx, id, parsed.data.links);
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

// ——— Measurements and county aggregates ————————————————————————————————————

export interface MeasurementsResult {
	indicator: Indicator;
	query: MeasurementQuery;
	rows: q.MeasurementRead[];
}

/** The values of an indicator for areas × years × genders, each with its source and import time. */
export async function getMeasurements(
	db: Db,
	actor: Actor,
	ref: string | number,
	raw: Record<string, unknown>
): Promise<Outcome<MeasurementsResult>> {
	const parsed = MeasurementQuery.safeParse(raw);
	if (!parsed.success) return invalid('Urvalet är ogiltigt.', fieldErrors(parsed.error.issues));
	const row = await readable(db, actor, ref);
	if (!row) return noIndicator(String(ref));
	const query = parsed.data;
	const rows = await q.measurements(db, row.id, [...new Set(query.areas)], query.from, query.to, [
		...new Set(query.genders)
	]);
	return ok({ indicator: toIndicator(row), query, rows });
}

export interface CountyAggregateResult {
	indicator: Indicator;
	county: { code: string; name: string; regionId: string };
	method: 'sum' | 'population_weighted';
	/** the population the values are weighted by (or the coverage is measured in) */
	population: { group: PopulationGroup; koladaId: string };
	/** K/M values weighted by the total population where the gender's population is not in Nära */
	weightsFromTotal: boolean;
	/** the aggregate per gender and year, from the municipalities' values */
	series: SeriesPoint[];
	/** the region's own value where the source has one (Kolada computes it for the county) */
	regionValues: { period: number; gender: Gender; value: number | null; source: string }[];
	/** the change over five years to the latest year, and whether it is for the better, per gender */
	change: { gender: Gender; change: Change | null; verdict: Verdict }[];
	credit: string;
}

/**
 * The county's figure for each year made from its municipalities' values:
 * summed for counts, weighted by the population the rate is per for rates
 * (domain/followup/aggregate.ts). Municipalities without a value are left
 * out and the result says how much of the population it covers.
 */
export async function countyAggregate(
	db: Db,
	actor: Actor,
	ref: string | number,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<CountyAggregateResult>> {
	const parsed = CountyAggregateQuery.safeParse(raw);
	if (!parsed.success) return invalid('Urvalet är ogiltigt.', fieldErrors(parsed.error.issues));
	const row = await readable(db, actor, ref);
	if (!row) return noIndicator(String(ref));
	if (row.countyCode !== null && row.countyCode !== countyCode) return noIndicator(String(ref));
	const county = await q.countyAreas(db, countyCode);
	if (!county) return notFound(`Länet ${countyCode} finns inte.`);
	return countyAggregateOf(db, toIndicator(row), county, {
		from: parsed.data.from,
		to: parsed.data.to,
		genders: [...new Set(parsed.data.genders)] as Gender[]
	});
}

export const NOT_AGGREGATABLE =
	'Nyckeltalet kan inte räknas ihop till ett värde för länet (det är t.ex. ett index, ett medelvärde eller en kostnad per brukare).';

/**
 * The county aggregate of an indicator the caller may read, for a county
 * already looked up. `known` passes values the caller has read already (the
 * municipalities' and the region's, for these years and genders), so the
 * indicator dashboard does not read them twice.
 */
export async function countyAggregateOf(
	db: Db,
	indicator: Indicator,
	county: q.CountyAreas,
	select: { from: number; to: number; genders: Gender[] },
	known?: { values: q.MeasurementRead[] }
): Promise<Outcome<CountyAggregateResult>> {
	if (indicator.aggregation === 'none') return invalid(NOT_AGGREGATABLE, {});
	const { from, to, genders } = select;
	const areaIds = county.municipalities.map((m) => m.id);
	const group: PopulationGroup =
		indicator.aggregation === 'population_weighted'
			? populationGroupFromTitle(indicator.title)
			: 'total';
	const populationKpi = POPULATION_KPI[group];
	const inRange = (r: q.MeasurementRead) =>
		r.period >= from && r.period <= to && (genders as string[]).includes(r.gender);
	const municipal = new Set(areaIds);
	const [values, weights, regionRows] = await Promise.all([
		known
			? known.values.filter((r) => municipal.has(r.areaId) && inRange(r))
			: q.measurements(db, indicator.id, areaIds, from, to, genders),
		q.measurementsByKoladaId(db, populationKpi, areaIds, from, to, [
			...new Set<string>([...genders, 'T'])
		]),
		known
			? known.values.filter((r) => r.areaId === county.regionId && inRange(r))
			: q.measurements(db, indicator.id, [county.regionId], from, to, genders)
	]);
	const weightOf = new Map(weights.map((w) => [`${w.areaId}|${w.period}|${w.gender}`, w.value]));
	const valueOf = new Map(values.map((v) => [`${v.areaId}|${v.period}|${v.gender}`, v.value]));
	const periods = [...new Set(values.map((v) => v.period))].sort((a, b) => a - b);
	let weightsFromTotal = false;
	const inputs = periods.flatMap((period) =>
		genders.flatMap((gender) =>
			areaIds.map((areaId) => {
				let weight = weightOf.get(`${areaId}|${period}|${gender}`);
				if (weight === undefined && gender !== 'T') {
					weight = weightOf.get(`${areaId}|${period}|T`);
					if (weight !== undefined) weightsFromTotal = true;
				}
				return {
					period,
					gender,
					areaId,
					value: valueOf.get(`${areaId}|${period}|${gender}`) ?? null,
					weight: weight ?? null
				};
			})
		)
	);
	const series = aggregateSeries(inputs, indicator.aggregation);
	const change = genders.map((gender) => {
		const c = changeOver(
			series.filter((p) => p.gender === gender),
			5
		);
		return { gender, change: c, verdict: judgeChange(c, indicator.direction) };
	});
	const sources = [...new Set(values.map((v) => v.source))];
	const how =
		indicator.aggregation === 'sum'
			? 'summa av kommunernas värden'
			: `kommunernas värden viktade med befolkningen (${group === 'total' ? 'alla åldrar' : group})`;
	return ok({
		indicator,
		county: { code: county.code, name: county.name, regionId: county.regionId },
		method: indicator.aggregation,
		population: { group, koladaId: populationKpi },
		weightsFromTotal,
		series,
		regionValues: regionRows.map((r) => ({
			period: r.period,
			gender: r.gender as Gender,
			value: r.value,
			source: r.source
		})),
		change,
		credit: `Bearbetning i Nära: ${how}. Källa: ${sources.join(', ') || indicator.source}; befolkning: ${SCB_SOURCE}.`
	});
}

// ——— Targets ————————————————————————————————————————————————————————————

const TARGET = 'target';

export interface Target {
	id: number;
	indicatorId: number;
	countyCode: string;
	areaId: string;
	period: number;
	gender: string;
	value: number;
	note: string;
	visibility: 'public' | 'internal';
	revision: number;
}

function toTarget(row: q.TargetRow): Target {
	return {
		id: row.id,
		indicatorId: row.indicatorId,
		countyCode: row.countyCode,
		areaId: row.areaId,
		period: row.period,
		gender: row.gender,
		value: row.value,
		note: row.note,
		visibility: row.visibility,
		revision: row.revision
	};
}

/** What a person sets, and what the audit log shows. */
const targetFields = (row: q.TargetRow) => ({
	indicatorId: row.indicatorId,
	countyCode: row.countyCode,
	areaId: row.areaId,
	period: row.period,
	gender: row.gender,
	value: row.value,
	note: row.note,
	visibility: row.visibility
});

export interface TargetConflict {
	current: Target;
	changedBy: string | null;
	changedAt: string | null;
}

/** The county's targets (of one indicator), as the actor may see them. */
export async function listTargets(
	db: Db,
	actor: Actor,
	countyCode: string,
	indicatorId?: number
): Promise<Outcome<Target[]>> {
	const rows = await q.targetsOf(db, countyCode, visibleTo(actor, countyCode), indicatorId);
	return ok(rows.map(toTarget));
}

/**
 * The county's targets, of one indicator when `indicatorRef` names one (its
 * id in Nära or its Kolada id); an indicator the actor may not see is not found.
 */
export async function targetsOf(
	db: Db,
	actor: Actor,
	countyCode: string,
	indicatorRef?: string
): Promise<Outcome<Target[]>> {
	if (indicatorRef === undefined || indicatorRef.trim() === '')
		return listTargets(db, actor, countyCode);
	const row = await readable(db, actor, indicatorRef);
	if (!row) return noIndicator(indicatorRef);
	return listTargets(db, actor, countyCode, row.id);
}

/**
 * Sets a target for indicator × area × year × gender (coordinators and
 * administrators of the county; the area must be the region or one of its
 * municipalities). A new target needs no revision; changing one needs the
 * revision it was based on, and a newer save in between is a conflict.
 */
export async function setTarget(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<Target>> {
	if (!canSetTargets(actor, countyCode)) return forbidden();
	// the API may name the indicator by its Kolada id (N20402) as well as its id in Nära
	const ref = typeof raw.indicatorId === 'string' ? raw.indicatorId.trim() : '';
	if (/^[A-Za-z]\d{1,11}$/.test(ref)) {
		const found = await q.findIndicator(db, { koladaId: ref });
		if (!found)
			return invalid('Målet kunde inte sparas.', {
				indicatorId: [`Nyckeltalet ${ref} finns inte.`]
			});
		raw = { ...raw, indicatorId: found.id };
	}
	const parsed = TargetInput.safeParse(raw);
	if (!parsed.success) return invalid('Målet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const county = await q.countyAreas(db, countyCode);
	if (!county) return notFound(`Länet ${countyCode} finns inte.`);
	const indicator = await q.findIndicator(db, { id: input.indicatorId });
	if (
		!indicator ||
		indicator.archivedAt ||
		(indicator.countyCode !== null && indicator.countyCode !== countyCode)
	) {
		return invalid('Målet kunde inte sparas.', { indicatorId: ['Nyckeltalet finns inte.'] });
	}
	if (
		input.areaId !== county.regionId &&
		!county.municipalities.some((m) => m.id === input.areaId)
	) {
		return invalid('Målet kunde inte sparas.', {
			areaId: [`Området ${input.areaId} hör inte till ${county.name}.`]
		});
	}
	if (input.gender !== 'T' && !indicator.hasGenderSplit) {
		return invalid('Målet kunde inte sparas.', {
			gender: ['Nyckeltalet delas inte upp på kön: välj T (totalt).']
		});
	}
	const values = {
		value: input.value,
		note: input.note,
		visibility: input.visibility,
		archivedAt: null
	};
	const key = {
		indicatorId: input.indicatorId,
		areaId: input.areaId,
		period: input.period,
		gender: input.gender
	};
	return db.transaction(async (tx) => {
		const existing = await q.findTargetByKey(tx, key);
		const conflict = (current: q.TargetRow, changedBy: string | null, changedAt: string | null) =>
			({
				kind: 'conflict',
				message:
					'Någon annan har sparat ett mål för samma nyckeltal, område, år och kön medan du redigerade. Ingenting har skrivits över.',
				current: { current: toTarget(current), changedBy, changedAt } satisfies TargetConflict
			}) as const;
		if (!existing) {
			if (input.revision !== undefined) return notFound<Target>('Målet finns inte.');
			const [row] = await tx
				.insert(t.targets)
				.values({ ...key, ...values, countyCode })
				.onConflictDoNothing()
				.returning();
			if (!row) {
				const now = (await q.findTargetByKey(tx, key))!;
				return conflict(now, null, null);
			}
			await audit(tx, actor, {
				action: 'create',
				entityType: TARGET,
				entityId: row.id,
				countyCode,
				before: null,
				after: targetFields(row)
			});
			return ok(toTarget(row));
		}
		// an archived target is set again from its current revision
		const expected = existing.archivedAt ? existing.revision : input.revision;
		if (expected === undefined) {
			const last = await lastChange(tx, TARGET, existing.id);
			return conflict(existing, last.changedBy, last.changedAt);
		}
		const saved = await saveRevision<q.TargetRow>(
			tx,
			t.targets,
			TARGET,
			existing.id,
			expected,
			values
		);
		if (!saved) return notFound<Target>('Målet finns inte.');
		if (isConflict<q.TargetRow>(saved))
			return conflict(saved.current, saved.changedBy, saved.changedAt);
		await audit(tx, actor, {
			action: existing.archivedAt ? 'create' : 'update',
			entityType: TARGET,
			entityId: existing.id,
			countyCode,
			before: existing.archivedAt ? null : targetFields(saved.before),
			after: targetFields(saved.after)
		});
		return ok(toTarget(saved.after));
	});
}

/** Archives a target: it is no longer shown, but stays in the history. */
export async function archiveTarget(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<{ id: number }>> {
	if (!canSetTargets(actor, countyCode)) return forbidden();
	const parsed = TargetArchive.safeParse(raw);
	if (!parsed.success)
		return invalid('Målet kunde inte tas bort.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const [scope] = await tx
			.select()
			.from(t.targets)
			.where(and(eq(t.targets.id, id), eq(t.targets.countyCode, countyCode)));
		if (!scope || scope.archivedAt) return notFound<{ id: number }>('Målet finns inte.');
		const saved = await saveRevision<q.TargetRow>(tx, t.targets, TARGET, id, parsed.data.revision, {
			archivedAt: new Date()
		});
		if (!saved) return notFound<{ id: number }>('Målet finns inte.');
		if (isConflict<q.TargetRow>(saved)) {
			return {
				kind: 'conflict',
				message: 'Någon annan har ändrat målet sedan du öppnade det. Det har inte tagits bort.',
				current: {
					current: toTarget(saved.current),
					changedBy: saved.changedBy,
					changedAt: saved.changedAt
				} satisfies TargetConflict
			} as const;
		}
		await audit(tx, actor, {
			action: 'archive',
			entityType: TARGET,
			entityId: id,
			countyCode,
			before: targetFields(saved.before),
			after: null
		});
		return ok({ id });
	});
}
