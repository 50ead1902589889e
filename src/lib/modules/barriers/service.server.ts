import type { Actor } from '../../core/actor.ts';
import { actorUserId } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { swedishDay as swedishDayOf } from '../actions/index.ts';
import { canHandleBarriers, canRaiseBarrier } from './domain/permissions.ts';
import { stepRefusal } from './domain/steps.ts';
import { choicesOf, isInCounty } from './queries.server.ts';
import { BarrierInput, BarrierStep } from './schema.ts';
import { barrierSteps, barriers } from './tables.ts';
import { and, eq } from 'drizzle-orm';

/**
 * Barriers and goal conflicts: anyone with a role in the county raises one;
 * the leadership takes it up and moves it to resolved (with the decision
 * that resolved it) or remains. Each step is dated and audited.
 */

type Row = typeof barriers.$inferSelect;

const fields = (row: Row) => ({
	title: row.title,
	description: row.description,
	metWhere: row.metWhere,
	kind: row.kind,
	processId: row.processId,
	initiativeId: row.initiativeId,
	status: row.status,
	raisedOn: row.raisedOn,
	decisionId: row.decisionId,
	visibility: row.visibility
});

const noBarrier = () => notFound<never>('Hindret finns inte.');

const BARRIER = {
	table: barriers,
	entityType: 'barrier',
	fields,
	editable: (row: Row) => ({ id: row.id, revision: row.revision, ...fields(row) }),
	notFound: noBarrier,
	conflict:
		'Någon annan har flyttat hindret ett steg medan du skrev. Ingenting har skrivits över; se hur det står nu.'
} satisfies Edited<Row, unknown>;

export type SavedBarrier = ReturnType<typeof BARRIER.editable>;

/** What the barrier form offers: the county's processes and initiatives. */
export async function barrierChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<
	Outcome<Record<'processes' | 'initiatives' | 'decisions', { id: number; name: string }[]>>
> {
	if (!canRaiseBarrier(actor, countyCode)) return forbidden();
	const [processes, initiatives, decisions] = await Promise.all([
		choicesOf(db, countyCode, 'process'),
		choicesOf(db, countyCode, 'initiative'),
		choicesOf(db, countyCode, 'decision')
	]);
	return ok({ processes, initiatives, decisions });
}

async function refErrors(
	tx: Tx,
	countyCode: string,
	refs: { processId?: number; initiativeId?: number; decisionId?: number }
): Promise<Record<string, string[]>> {
	const errors: Record<string, string[]> = {};
	const checks = [
		['processId', 'process', 'Välj en process i länet, eller ingen.'],
		['initiativeId', 'initiative', 'Välj en insats i länet, eller ingen.'],
		['decisionId', 'decision', 'Välj ett beslut i länet.']
	] as const;
	for (const [field, kind, message] of checks) {
		const id = refs[field];
		if (id !== undefined && !(await isInCounty(tx, countyCode, kind, id)))
			errors[field] = [message];
	}
	return errors;
}

/** Raises a barrier: status new, dated today (Swedish time), by the actor. */
export async function raiseBarrier(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>,
	now = new Date()
): Promise<Outcome<SavedBarrier>> {
	if (!canRaiseBarrier(actor, countyCode)) return forbidden();
	const parsed = BarrierInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Hindret kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		const errors = await refErrors(tx, countyCode, input);
		if (Object.keys(errors).length) return invalid('Hindret kunde inte sparas.', errors);
		const raisedOn = swedishDayOf(now);
		const [row] = await tx
			.insert(barriers)
			.values({
				...input,
				processId: input.processId ?? null,
				initiativeId: input.initiativeId ?? null,
				countyCode,
				status: 'new',
				raisedOn,
				raisedByUserId: actorUserId(actor)
			})
			.returning();
		await tx.insert(barrierSteps).values({
			barrierId: row!.id,
			status: 'new',
			on: raisedOn,
			byUserId: actorUserId(actor)
		});
		return createdAudited(tx, actor, BARRIER, row!, countyCode);
	});
}

/**
 * The leadership moves a barrier one step (taken up, being resolved,
 * resolved with a decision, remains), on a date, on the revision read.
 */
export async function stepBarrier(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SavedBarrier>> {
	if (!canHandleBarriers(actor, countyCode)) return forbidden();
	const parsed = BarrierStep.safeParse(raw);
	if (!parsed.success)
		return invalid('Steget kunde inte sparas.', fieldErrors(parsed.error.issues));
	if (!isRowId(id)) return noBarrier();
	const step = parsed.data;
	return db.transaction(async (tx) => {
		const [found] = await tx
			.select()
			.from(barriers)
			.where(and(eq(barriers.id, id), eq(barriers.countyCode, countyCode)));
		if (!found || found.archivedAt) return noBarrier();
		if (found.revision === step.revision) {
			const refused = stepRefusal(found.status, step.status);
			if (refused) return invalid('Steget kunde inte sparas.', { status: [refused] });
			if (found.raisedOn !== null && step.on < found.raisedOn)
				return invalid('Steget kunde inte sparas.', {
					on: ['Datumet ligger före den dag då hindret lyftes.']
				});
		}
		const decisionId = step.status === 'resolved' ? step.decisionId : undefined;
		const errors = await refErrors(tx, countyCode, { decisionId });
		if (Object.keys(errors).length) return invalid('Steget kunde inte sparas.', errors);
		return updateAudited(
			tx,
			actor,
			BARRIER,
			{ id, countyCode, revision: step.revision },
			{ status: step.status, decisionId: decisionId ?? found.decisionId },
			async (t) => {
				await t.insert(barrierSteps).values({
					barrierId: id,
					status: step.status,
					on: step.on,
					note: step.note,
					decisionId: decisionId ?? null,
					byUserId: actorUserId(actor)
				});
			}
		);
	});
}
