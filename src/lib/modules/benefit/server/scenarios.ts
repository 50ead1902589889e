import { sql } from 'drizzle-orm';
import { fieldErrorsOf, scenarioSchema, type ScenarioInput } from '../domain/index.ts';
import { ArchiveInput, Revision, Visibility } from '../../../core/fields.ts';
import { z } from '../../../core/zod.ts';
import { audit } from '../../../platform/audit.ts';
import { actorLabel, actorUserId, type Actor } from '../../../core/actor.ts';
import { canEditCountyContent, canReadInternal, visibleTo } from '../../../core/permissions.ts';
import { isConflict, saveRevision, type Conflict } from '../../../platform/editing.ts';
import type { Db } from '../../../platform/db/client.ts';
import { scenarios } from '../tables.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import * as q from './queries.ts';

/**
 * Named scenarios of a county, saved as versions (coordinators and
 * administrators) and read by their visibility. Every write is audited.
 */

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
export type ScenarioSaveInput = z.infer<typeof ScenarioSaveInput>;
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

/** Nothing written: someone else saved in between; the caller gets the scenario as it is now. */
const conflict = (message: string, saved: Conflict<q.ScenarioRow>) =>
	({
		kind: 'conflict',
		message,
		current: {
			current: { ...auditFields(saved.current), revision: saved.current.revision },
			changedBy: saved.changedBy,
			changedAt: saved.changedAt
		} satisfies ScenarioConflict
	}) as const;

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

/** The input checked by its schema, and its municipalities against the county's. */
async function validSave<T extends ScenarioSaveInput>(
	db: Db,
	countyCode: string,
	schema: z.ZodType<T>,
	raw: unknown
): Promise<Outcome<T>> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		return invalid('Kalkylen kunde inte sparas.', fieldErrorsOf(parsed.error.issues));
	}
	const foreign = await foreignMunicipalities(db, countyCode, parsed.data.scenario.municipalities);
	if (Object.keys(foreign).length) return invalid('Kalkylen kunde inte sparas.', foreign);
	return ok(parsed.data);
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
	const input = await validSave(db, countyCode, ScenarioSaveInput, raw);
	if (input.kind !== 'ok') return input;
	const { description, visibility, scenario } = input.value;
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
	const input = await validSave(db, countyCode, ScenarioVersionInput, raw);
	if (input.kind !== 'ok') return input;
	const { description, visibility, scenario, revision } = input.value;
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
			return conflict(
				'Någon annan har sparat en ny version av kalkylen medan du arbetade. Ingenting har skrivits över.',
				saved
			);
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
			return conflict(
				'Någon annan har ändrat kalkylen sedan du öppnade den. Den har inte arkiverats.',
				saved
			);
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
