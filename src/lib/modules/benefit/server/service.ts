import { createHash } from 'node:crypto';
import { setImmediate as giveTurn } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import {
	baselineRateFromMeasurements,
	computeScenario,
	DEFAULT_DRAWS,
	fieldErrorsOf,
	populationFromData,
	scenarioSchema,
	sensitivity,
	simulate,
	simulationSteps,
	summarySentences,
	validateScenario,
	type AreaValue,
	type ScenarioInput,
	type SimulationResult,
	type UncertainNumber
} from '../domain/index.ts';
import type { ComputedScenario } from '../ui/types.ts';
import { ArchiveInput, Revision, Visibility } from '../../../core/fields.ts';
import { z } from '../../../core/zod.ts';
import { audit } from '../../../platform/audit.ts';
import { actorLabel, actorUserId, type Actor } from '../../../core/actor.ts';
import { canEditCountyContent, canReadInternal, visibleTo } from '../../../core/permissions.ts';
import { isConflict, saveRevision } from '../../../platform/editing.ts';
import type { Db } from '../../../platform/db/client.ts';
import { scenarios } from '../tables.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import * as q from './queries.ts';

/**
 * The benefit model's use cases: computing a scenario (anyone may), saving
 * named scenarios of a county as versions (coordinators and administrators),
 * reading them by their visibility, and filling a scenario's population and
 * baseline from Nära's own data. Every write is audited.
 */

/** Draws and seed of every Monte Carlo Nära runs: the same scenario gives the same answer. */
export const DRAWS = DEFAULT_DRAWS;
export const SEED = 1;

export type { ComputedScenario };

const MAX_CACHED = 40;
const cache = new Map<string, ComputedScenario>();

const cacheKey = (input: ScenarioInput, draws: number) =>
	createHash('sha256')
		.update(JSON.stringify([input, draws]))
		.digest('base64url');

function cached(key: string): ComputedScenario | undefined {
	const hit = cache.get(key);
	if (hit) {
		cache.delete(key);
		cache.set(key, hit);
	}
	return hit;
}

function remember(key: string, computed: ComputedScenario): ComputedScenario {
	cache.set(key, computed);
	if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
	return computed;
}

function assemble(input: ScenarioInput, simulation: SimulationResult): ComputedScenario {
	const result = computeScenario(input);
	return {
		input,
		result,
		simulation,
		sensitivity: sensitivity(input),
		summary: summarySentences(result, simulation)
	};
}

/**
 * The deterministic result, the Monte Carlo (10 000 draws, fixed seed) and the
 * sensitivity of a validated scenario. Cached by the scenario's content, so a
 * page view recomputes nothing that has not changed.
 */
export function computeValidated(input: ScenarioInput): ComputedScenario {
	const key = cacheKey(input, DRAWS);
	return (
		cached(key) ?? remember(key, assemble(input, simulate(input, { draws: DRAWS, seed: SEED })))
	);
}

/**
 * The same as `computeValidated` with `draws` draws, without holding the
 * server: the Monte Carlo gives other requests a turn after every batch of
 * draws, and stops when `budgetMs` milliseconds have passed since the start
 * (its own time and the turns it gave). Null when the budget ran out: a
 * result of fewer draws than asked would depend on how busy the server was,
 * and the same scenario must give the same answer.
 */
export async function computeValidatedWithin(
	input: ScenarioInput,
	draws: number,
	budgetMs: number
): Promise<ComputedScenario | null> {
	const key = cacheKey(input, draws);
	const hit = cached(key);
	if (hit) return hit;
	const start = performance.now();
	const steps = simulationSteps(input, { draws, seed: SEED });
	for (;;) {
		const step = steps.next();
		if (step.done) return remember(key, assemble(input, step.value));
		if (performance.now() - start > budgetMs) return null;
		await giveTurn();
	}
}

/** Validates a scenario (from the API or a form) and computes it. */
export function compute(raw: unknown): Outcome<ComputedScenario> {
	const validated = validateScenario(raw);
	if (!validated.ok) return invalid('Kalkylen kunde inte räknas.', validated.errors);
	return ok(computeValidated(validated.value));
}

// ——— saved scenarios

const ENTITY = 'scenario';

export const ScenarioSaveInput = z.object({
	description: z
		.string({ error: 'Beskrivningen ska vara en text.' })
		.trim()
		.max(2000, { error: 'Beskrivningen får ha högst 2000 tecken.' })
		.default(''),
	visibility: Visibility,
	scenario: scenarioSchema
});
export const ScenarioVersionInput = ScenarioSaveInput.extend({ revision: Revision });

export interface VersionInfo {
	version: number;
	savedAt: string;
	/** who saved it, by name; only for people who may read the county's internal content */
	savedBy: string | null;
}

export interface ScenarioListItem {
	id: number;
	name: string;
	description: string;
	visibility: 'public' | 'internal';
	currentVersion: number;
	revision: number;
	updatedAt: string;
	intervention: string;
	targetGroup: string;
	municipalities: string[];
	templateId: string | null;
}

export interface SavedScenario extends ScenarioListItem {
	countyCode: string;
	createdAt: string;
	/** the version shown, and its input */
	version: number;
	input: ScenarioInput;
	savedAt: string;
	savedBy: string | null;
	/** every version, newest first */
	versions: VersionInfo[];
}

export interface ScenarioConflict {
	current: {
		name: string;
		description: string;
		visibility: 'public' | 'internal';
		version: number;
		revision: number;
	};
	changedBy: string | null;
	changedAt: string | null;
}

/** "Anna Berg <anna@…>" → "Anna Berg": pages show who saved a version by name. */
const nameOf = (label: string) => label.replace(/\s*<[^>]*>$/, '');

function listItem(row: q.ScenarioRow, input: ScenarioInput): ScenarioListItem {
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		visibility: row.visibility,
		currentVersion: row.currentVersion,
		revision: row.revision,
		updatedAt: row.updatedAt.toISOString(),
		intervention: input.intervention,
		targetGroup: input.targetGroup,
		municipalities: input.municipalities,
		templateId: input.templateId ?? null
	};
}

const auditFields = (row: q.ScenarioRow) => ({
	name: row.name,
	description: row.description,
	visibility: row.visibility,
	version: row.currentVersion
});

const mayRead = (actor: Actor, row: q.ScenarioRow) =>
	!row.archivedAt && (row.visibility === 'public' || canReadInternal(actor, row.countyCode));

const noScenario = () => notFound<never>('Kalkylen finns inte.');

/** The county's scenarios the actor may see, most recently saved first. */
export async function listScenarios(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<ScenarioListItem[]>> {
	const rows = await q.listScenarios(db, countyCode, visibleTo(actor, countyCode));
	return ok(rows.map((r) => listItem(r, r.input as ScenarioInput)));
}

/** A saved scenario at its current version, or at `version`; internal ones only for the county's people. */
export async function getScenario(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	version?: number
): Promise<Outcome<SavedScenario>> {
	const row = await q.findScenario(db, countyCode, id);
	if (!row || !mayRead(actor, row)) return noScenario();
	const wanted = version ?? row.currentVersion;
	const found = await q.findVersion(db, id, wanted);
	if (!found) return notFound(`Kalkylen har ingen version ${wanted}.`);
	const showWho = canReadInternal(actor, countyCode);
	const versions = (await q.listVersions(db, id)).map((v) => ({
		version: v.version,
		savedAt: v.createdAt.toISOString(),
		savedBy: showWho ? nameOf(v.createdBy) : null
	}));
	const input = found.input as ScenarioInput;
	return ok({
		...listItem(row, input),
		countyCode: row.countyCode,
		createdAt: row.createdAt.toISOString(),
		version: found.version,
		input,
		savedAt: found.createdAt.toISOString(),
		savedBy: showWho ? nameOf(found.createdBy) : null,
		versions
	});
}

async function foreignMunicipalities(
	db: Db,
	countyCode: string,
	codes: string[]
): Promise<Record<string, string[]>> {
	const own = new Set((await q.municipalities(db, countyCode)).map((m) => m.code));
	const errors: Record<string, string[]> = {};
	codes.forEach((code, i) => {
		if (!own.has(code)) errors[`scenario.municipalities.${i}`] = ['Kommunen hör inte till länet.'];
	});
	return errors;
}

/**
 * Saves a new scenario of the county as version 1. The input is
 * { description, visibility, scenario } with the scenario as the compute API
 * takes it; its name is the scenario's name.
 */
export async function createScenario(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: unknown
): Promise<Outcome<SavedScenario>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = ScenarioSaveInput.safeParse(raw);
	if (!parsed.success) {
		return invalid('Kalkylen kunde inte sparas.', fieldErrorsOf(parsed.error.issues));
	}
	const { description, visibility, scenario } = parsed.data;
	const foreign = await foreignMunicipalities(db, countyCode, scenario.municipalities);
	if (Object.keys(foreign).length) return invalid('Kalkylen kunde inte sparas.', foreign);
	const id = await db.transaction(async (tx) => {
		const row = await q.insertScenario(tx, {
			countyCode,
			name: scenario.name,
			description,
			visibility,
			currentVersion: 1,
			createdByUserId: actorUserId(actor)
		});
		await q.insertVersion(tx, {
			scenarioId: row.id,
			version: 1,
			input: scenario,
			createdBy: actorLabel(actor)
		});
		await audit(tx, actor, {
			action: 'create',
			entityType: ENTITY,
			entityId: row.id,
			countyCode,
			before: null,
			after: auditFields(row)
		});
		return row.id;
	});
	return getScenario(db, actor, countyCode, id);
}

/**
 * Saves the scenario's inputs as a new version (earlier versions stay), with
 * its name, description and visibility. `revision` is the one the change is
 * based on: if someone saved since, nothing is written and the outcome is a
 * conflict with the scenario as it is now.
 */
export async function saveScenarioVersion(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: unknown
): Promise<Outcome<SavedScenario>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = ScenarioVersionInput.safeParse(raw);
	if (!parsed.success) {
		return invalid('Kalkylen kunde inte sparas.', fieldErrorsOf(parsed.error.issues));
	}
	const { description, visibility, scenario, revision } = parsed.data;
	const foreign = await foreignMunicipalities(db, countyCode, scenario.municipalities);
	if (Object.keys(foreign).length) return invalid('Kalkylen kunde inte sparas.', foreign);
	const outcome = await db.transaction(async (tx): Promise<Outcome<number>> => {
		const scope = await q.findScenario(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noScenario();
		const saved = await saveRevision<q.ScenarioRow>(tx, scenarios, ENTITY, id, revision, {
			name: scenario.name,
			description,
			visibility,
			currentVersion: sql`${scenarios.currentVersion} + 1`
		});
		if (!saved) return noScenario();
		if (isConflict<q.ScenarioRow>(saved)) {
			const current: ScenarioConflict = {
				current: {
					...auditFields(saved.current),
					revision: saved.current.revision
				},
				changedBy: saved.changedBy,
				changedAt: saved.changedAt
			};
			return {
				kind: 'conflict',
				message:
					'Någon annan har sparat en ny version av kalkylen medan du arbetade. Ingenting har skrivits över.',
				current
			};
		}
		await q.insertVersion(tx, {
			scenarioId: id,
			version: saved.after.currentVersion,
			input: scenario,
			createdBy: actorLabel(actor)
		});
		await audit(tx, actor, {
			action: 'update',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before: auditFields(saved.before),
			after: auditFields(saved.after)
		});
		return ok(id);
	});
	if (outcome.kind !== 'ok') return outcome;
	return getScenario(db, actor, countyCode, id);
}

/** Archives a scenario: it leaves the list but stays in the database with its versions and history. */
export async function archiveScenario(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: unknown
): Promise<Outcome<{ id: number }>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = ArchiveInput.safeParse(raw);
	if (!parsed.success) {
		return invalid('Kalkylen kunde inte arkiveras.', fieldErrorsOf(parsed.error.issues));
	}
	return db.transaction(async (tx) => {
		const scope = await q.findScenario(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noScenario();
		const saved = await saveRevision<q.ScenarioRow>(
			tx,
			scenarios,
			ENTITY,
			id,
			parsed.data.revision,
			{ archivedAt: new Date() }
		);
		if (!saved) return noScenario();
		if (isConflict<q.ScenarioRow>(saved)) {
			return {
				kind: 'conflict',
				message: 'Någon annan har ändrat kalkylen sedan du öppnade den. Den har inte arkiverats.',
				current: {
					current: { ...auditFields(saved.current), revision: saved.current.revision },
					changedBy: saved.changedBy,
					changedAt: saved.changedAt
				}
			} as const;
		}
		await audit(tx, actor, {
			action: 'archive',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before: auditFields(saved.before),
			after: null
		});
		return ok({ id });
	});
}

// ——— inputs from Nära's data

/** SCB's population 80 years and older, through Kolada. */
export const POPULATION_80_KPI = 'N01957';
/** Fall injuries among people 80+, inpatient episodes per 100 000 inhabitants 80+ (three-year mean). */
export const FALL_INJURIES_80_KPI = 'N20402';

export interface FilledFromData {
	population?: UncertainNumber;
	baselineRate?: UncertainNumber;
	/** the target group the figures are for */
	targetGroup: string;
	/** what could not be filled, by the form field it belongs to */
	problems: Record<string, string[]>;
}

const rowsOf = (rows: q.MeasurementValue[], period: number): AreaValue[] =>
	rows.filter((r) => r.period === period).map((r) => ({ areaId: r.areaId, value: r.value }));

/** The latest period in which every area has a value; else the latest period there is. */
function latestPeriod(rows: q.MeasurementValue[], areaIds: string[]): number | null {
	const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => b - a);
	const complete = periods.find((period) =>
		areaIds.every((id) =>
			rows.some((r) => r.period === period && r.areaId === id && r.value !== null)
		)
	);
	return complete ?? periods[0] ?? null;
}

const creditOf = (rows: q.MeasurementValue[], kpi: string, fallback: string) =>
	`${rows[0]?.source ?? fallback} (${kpi}${rows[0] ? `: ${rows[0].title}` : ''})`;

/**
 * The population 80+ of the chosen municipalities and their fall-injury
 * baseline (Kolada N20402 per 100 000, as a rate per person and year,
 * weighted by the population 80+ of the same year), from the measurements in
 * Nära, each with its source, period and the arithmetic written out. The
 * latest period in which every chosen municipality has a value is used; what
 * is missing is named, never read as zero.
 */
export async function fillFromData(
	db: Db,
	countyCode: string,
	codes: string[]
): Promise<Outcome<FilledFromData>> {
	const own = await q.municipalities(db, countyCode);
	const names = Object.fromEntries(own.map((m) => [m.code, m.name]));
	if (!codes.length) {
		return invalid('Välj kommuner först.', {
			municipalities: ['Välj minst en kommun att hämta uppgifter för.']
		});
	}
	const foreign = codes.filter((c) => !names[c]);
	if (foreign.length) {
		return invalid('Uppgifterna kunde inte hämtas.', {
			municipalities: [`Kommunen ${foreign.join(', ')} hör inte till länet.`]
		});
	}
	const rows = await q.indicatorValues(db, [POPULATION_80_KPI, FALL_INJURIES_80_KPI], codes);
	const population = rows.filter((r) => r.koladaId === POPULATION_80_KPI);
	const falls = rows.filter((r) => r.koladaId === FALL_INJURIES_80_KPI);
	const filled: FilledFromData = { targetGroup: 'Personer 80 år och äldre', problems: {} };

	const popPeriod = latestPeriod(population, codes);
	if (popPeriod === null) {
		filled.problems['population.likely'] = [
			`Nära har ingen befolkning 80+ (${POPULATION_80_KPI}) för de valda kommunerna.`
		];
	} else {
		const pop = populationFromData(rowsOf(population, popPeriod), codes, {
			group: '80 år och äldre',
			year: popPeriod,
			source: creditOf(population, POPULATION_80_KPI, 'SCB via Kolada'),
			names
		});
		if (pop.ok) filled.population = pop.value;
		else filled.problems['population.likely'] = [pop.message];
	}

	const fallsPeriod = latestPeriod(falls, codes);
	if (fallsPeriod === null) {
		filled.problems['outcomes.0.baselineRate.likely'] = [
			`Nära har inga mätvärden för fallskador 80+ (${FALL_INJURIES_80_KPI}) för de valda kommunerna.`
		];
	} else {
		// weights: the population 80+ of the same year, or of the latest year there is
		const weightPeriod = population.some((r) => r.period === fallsPeriod) ? fallsPeriod : popPeriod;
		const baseline = baselineRateFromMeasurements(
			rowsOf(falls, fallsPeriod),
			weightPeriod === null ? [] : rowsOf(population, weightPeriod),
			codes,
			{
				source: creditOf(falls, FALL_INJURIES_80_KPI, 'Kolada'),
				period: String(fallsPeriod),
				per: 100_000,
				names
			}
		);
		if (baseline.ok) filled.baselineRate = baseline.value;
		else filled.problems['outcomes.0.baselineRate.likely'] = [baseline.message];
	}
	return ok(filled);
}

/** The county's municipalities (SCB code and name), for the scenario forms. */
export const municipalities = q.municipalities;
