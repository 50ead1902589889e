import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { canReadInternal, visibleTo } from '../../core/permissions.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { organisations } from '../counties/tables.ts';
import { canManageActions, canReportAction } from './domain/permissions.ts';
import type { ActionOrigin } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import { ActionInput, ActionProgress, type Action } from './schema.ts';
import { actionDigestOptOuts, actions } from './tables.ts';

/**
 * Writing actions: coordinators and administrators give them out (from a
 * meeting, a barrier … or on their own); the owner reports the status and
 * what was done. Every write is audited.
 */

type Row = typeof actions.$inferSelect;

const fields = (row: Row) => ({
	title: row.title,
	description: row.description,
	ownerOrganisationId: row.ownerOrganisationId,
	ownerUserId: row.ownerUserId,
	dueOn: row.dueOn,
	status: row.status,
	outcome: row.outcome,
	origin: row.origin,
	originId: row.originId,
	visibility: row.visibility
});

const noAction = () => notFound<never>('Åtgärden finns inte.');

const ACTION = {
	table: actions,
	entityType: 'action',
	fields,
	editable: (row: Row) => ({ id: row.id, revision: row.revision, ...fields(row) }),
	notFound: noAction,
	conflict:
		'Någon annan har sparat en ändring av åtgärden medan du skrev. Ingenting har skrivits över.'
} satisfies Edited<Row, unknown>;

export type SavedAction = ReturnType<typeof ACTION.editable>;

/** What the action form offers: the county's organisations and people. */
export interface ActionChoices {
	organisations: { id: number; name: string }[];
	people: { id: number; name: string }[];
}

async function organisationsOf(db: Db | Tx, countyCode: string) {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.countyCode, countyCode))
		.orderBy(organisations.kind, organisations.name);
}

export async function actionChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<ActionChoices>> {
	if (!canManageActions(actor, countyCode)) return forbidden();
	const [orgs, people] = await Promise.all([
		organisationsOf(db, countyCode),
		q.countyPeople(db, countyCode)
	]);
	return ok({ organisations: orgs, people });
}

/** The owner's organisation and person belong to the county: the field errors when not. */
export async function ownerErrors(
	tx: Db | Tx,
	countyCode: string,
	owner: { ownerOrganisationId: number; ownerUserId: number }
): Promise<Record<string, string[]>> {
	const errors: Record<string, string[]> = {};
	const [org] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			and(eq(organisations.id, owner.ownerOrganisationId), eq(organisations.countyCode, countyCode))
		);
	if (!org) errors.ownerOrganisationId = ['Välj en organisation i länet.'];
	const people = await q.countyPeople(tx, countyCode);
	if (!people.some((p) => p.id === owner.ownerUserId))
		errors.ownerUserId = ['Välj en person som har en roll i länet.'];
	return errors;
}

/**
 * Writes a new action from input already checked (ActionInput and
 * ownerErrors), inside the caller's transaction: a meeting's agenda item or
 * the action form. Audited.
 */
export async function insertAction(
	tx: Tx,
	actor: Actor,
	countyCode: string,
	input: ActionInput,
	origin: { origin: ActionOrigin; originId: number | null }
): Promise<SavedAction> {
	const [row] = await tx
		.insert(actions)
		.values({ ...input, ...origin, countyCode, status: 'open', outcome: '' })
		.returning();
	const saved = await createdAudited(tx, actor, ACTION, row!, countyCode);
	if (saved.kind !== 'ok') throw new Error('an audited insert is always ok');
	return saved.value;
}

export async function createAction(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<SavedAction>> {
	if (!canManageActions(actor, countyCode)) return forbidden();
	const parsed = ActionInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Åtgärden kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const errors = await ownerErrors(tx, countyCode, parsed.data);
		if (Object.keys(errors).length) return invalid('Åtgärden kunde inte sparas.', errors);
		return ok(
			await insertAction(tx, actor, countyCode, parsed.data, { origin: 'other', originId: null })
		);
	});
}

/** One action of the county as its page shows it, with whether the actor may report on it. */
export async function getAction(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<{ action: Action; canReport: boolean }>> {
	if (!isRowId(id)) return noAction();
	const action = await q.actionById(db, countyCode, id);
	if (!action || !visibleTo(actor, countyCode).includes(action.visibility)) return noAction();
	return ok({ action, canReport: canReportAction(actor, countyCode, action.owner.user.id) });
}

/** The owner (or a coordinator) reports the status and what was done, on the revision read. */
export async function reportAction(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SavedAction>> {
	if (!canReadInternal(actor, countyCode)) return forbidden();
	const parsed = ActionProgress.safeParse(raw);
	if (!parsed.success)
		return invalid('Åtgärden kunde inte sparas.', fieldErrors(parsed.error.issues));
	if (!isRowId(id)) return noAction();
	return db.transaction(async (tx) => {
		const found = await q.actionById(tx, countyCode, id);
		if (!found) return noAction();
		if (!canReportAction(actor, countyCode, found.owner.user.id))
			return forbidden<SavedAction>(
				'Bara den som ansvarar för åtgärden, och länets samordnare, kan rapportera den.'
			);
		const { revision, status, outcome } = parsed.data;
		return updateAudited(tx, actor, ACTION, { id, countyCode, revision }, { status, outcome });
	});
}

/** Whether the signed-in person gets the weekly digest of their actions. */
export async function digestSetting(db: Db, actor: Actor): Promise<Outcome<{ on: boolean }>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att se dina inställningar.');
	return ok({ on: !(await q.digestOff(db, actor.userId)) });
}

/** Turns the person's weekly digest on or off ("on" / "off" in the form). Audited. */
export async function setDigest(
	db: Db,
	actor: Actor,
	raw: Record<string, unknown>
): Promise<Outcome<{ on: boolean }>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att ändra dina inställningar.');
	const on = raw.digest === 'on' ? true : raw.digest === 'off' ? false : null;
	if (on === null)
		return invalid('Inställningen kunde inte sparas.', {
			digest: ['Välj om du vill få veckobrevet eller inte.']
		});
	return db.transaction(async (tx) => {
		const wasOn = !(await q.digestOff(tx, actor.userId));
		if (wasOn === on) return ok({ on });
		if (on)
			await tx.delete(actionDigestOptOuts).where(eq(actionDigestOptOuts.userId, actor.userId));
		else await tx.insert(actionDigestOptOuts).values({ userId: actor.userId });
		await audit(tx, actor, {
			action: 'update',
			entityType: 'action_digest',
			entityId: actor.userId,
			countyCode: null,
			before: { digest: wasOn },
			after: { digest: on }
		});
		return ok({ on });
	});
}
