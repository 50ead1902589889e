import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { visibleTo } from '../../../core/permissions.ts';
import { isConflict, lastChange, saveRevision } from '../../../platform/editing.ts';
import type { Db } from '../../../platform/db/client.ts';
import * as t from '../tables.ts';
import {
	fieldErrors,
	forbidden,
	invalid,
	notFound,
	ok,
	type Outcome
} from '../../../core/outcome.ts';
import type { Target, TargetConflict } from '../domain/types.ts';
import { noIndicator, readable } from './indicators.ts';
import { canSetTargets } from '../domain/permissions.ts';
import * as q from './queries.ts';
import { TargetArchive, TargetInput } from './schemas.ts';

/** The county's targets: a value to reach for indicator × area × year × gender. */

const TARGET = 'target';

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

const toTarget = (row: q.TargetRow): Target => ({
	id: row.id,
	...targetFields(row),
	revision: row.revision
});

/** Nothing written: someone else saved the target in between; the caller gets it as it is now. */
const conflict = (
	message: string,
	current: q.TargetRow,
	changedBy: string | null,
	changedAt: string | null
) =>
	({
		kind: 'conflict',
		message,
		current: { current: toTarget(current), changedBy, changedAt } satisfies TargetConflict
	}) as const;

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

const NOT_SAVED = 'Målet kunde inte sparas.';

/** The input checked against the county's areas and the indicator it names. */
async function validTarget(
	db: Db,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<TargetInput>> {
	// the API may name the indicator by its Kolada id (N20402) as well as its id in Nära
	const ref = typeof raw.indicatorId === 'string' ? raw.indicatorId.trim() : '';
	if (/^[A-Za-z]\d{1,11}$/.test(ref)) {
		const found = await q.findIndicator(db, { koladaId: ref });
		if (!found) return invalid(NOT_SAVED, { indicatorId: [`Nyckeltalet ${ref} finns inte.`] });
		raw = { ...raw, indicatorId: found.id };
	}
	const parsed = TargetInput.safeParse(raw);
	if (!parsed.success) return invalid(NOT_SAVED, fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const county = await q.countyAreas(db, countyCode);
	if (!county) return notFound(`Länet ${countyCode} finns inte.`);
	const indicator = await q.findIndicator(db, { id: input.indicatorId });
	if (
		!indicator ||
		indicator.archivedAt ||
		(indicator.countyCode !== null && indicator.countyCode !== countyCode)
	) {
		return invalid(NOT_SAVED, { indicatorId: ['Nyckeltalet finns inte.'] });
	}
	if (
		input.areaId !== county.regionId &&
		!county.municipalities.some((m) => m.id === input.areaId)
	) {
		return invalid(NOT_SAVED, {
			areaId: [`Området ${input.areaId} hör inte till ${county.name}.`]
		});
	}
	if (input.gender !== 'T' && !indicator.hasGenderSplit) {
		return invalid(NOT_SAVED, {
			gender: ['Nyckeltalet delas inte upp på kön: välj T (totalt).']
		});
	}
	return ok(input);
}

const SAME_KEY =
	'Någon annan har sparat ett mål för samma nyckeltal, område, år och kön medan du redigerade. Ingenting har skrivits över.';

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
	const valid = await validTarget(db, countyCode, raw);
	if (valid.kind !== 'ok') return valid;
	const input = valid.value;
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
		if (!existing) {
			if (input.revision !== undefined) return notFound<Target>('Målet finns inte.');
			const [row] = await tx
				.insert(t.targets)
				.values({ ...key, ...values, countyCode })
				.onConflictDoNothing()
				.returning();
			if (!row) {
				const now = (await q.findTargetByKey(tx, key))!;
				return conflict(SAME_KEY, now, null, null);
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
			return conflict(SAME_KEY, existing, last.changedBy, last.changedAt);
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
			return conflict(SAME_KEY, saved.current, saved.changedBy, saved.changedAt);
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
			return conflict(
				'Någon annan har ändrat målet sedan du öppnade det. Det har inte tagits bort.',
				saved.current,
				saved.changedBy,
				saved.changedAt
			);
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
