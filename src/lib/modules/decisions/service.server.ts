import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { DecisionInput, DecisionUpdate, type EditableDecision } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditOrganisationContent, canEditSomething } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { organisations } from '../counties/tables.ts';
import { liveInCounty } from '../counties/index.server.ts';
import { groups } from '../groups/tables.ts';
import { decisions } from './tables.ts';
import { isRowId } from '../../platform/ids.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';

/**
 * Writing the county's decisions: coordinators and administrators for every
 * organisation of the county, an editor for their own organisation only (and
 * never moving a decision to another organisation). Every write is audited.
 */

type Row = typeof decisions.$inferSelect;

/** What a person edits, and what the audit log and a conflict show. */
type DecisionFields = Omit<EditableDecision, 'id' | 'revision' | 'source'>;

/** What the decision form offers: the organisations the person may write for, and the bodies. */
export interface DecisionChoices {
	organisations: { id: number; name: string }[];
	groups: { id: number; name: string }[];
}

function fields(row: Row): DecisionFields {
	return {
		organisationId: row.organisationId,
		groupId: row.groupId,
		subject: row.subject,
		title: row.title,
		decidedOn: row.decidedOn,
		datePrecision: row.datePrecision,
		description: row.description,
		visibility: row.visibility
	};
}

function editable(row: Row): EditableDecision {
	return { id: row.id, revision: row.revision, source: row.source, ...fields(row) };
}

function toColumns(input: DecisionInput) {
	return {
		organisationId: input.organisationId,
		groupId: input.groupId ?? null,
		subject: input.subject,
		title: input.title,
		// only the month is known: the day is stored as 01 and not shown
		decidedOn:
			input.datePrecision === 'month' ? `${input.decidedOn.slice(0, 7)}-01` : input.decidedOn,
		datePrecision: input.datePrecision,
		description: input.description,
		visibility: input.visibility
	};
}

const noDecision = () => notFound<never>('Beslutet finns inte.');
const notYours = () =>
	forbidden<never>('Du får bara registrera och ändra beslut för din egen organisation.');

const DECISION = {
	table: decisions,
	entityType: 'decision',
	fields,
	editable,
	notFound: noDecision,
	conflict:
		'Någon annan har sparat en ändring av beslutet medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat beslutet sedan du öppnade det. Det har inte arkiverats.',
		invalid: 'Beslutet kunde inte arkiveras.'
	}
} satisfies Edited<Row, EditableDecision>;

async function decisionIn(tx: Tx | Db, countyCode: string, id: number): Promise<Row | undefined> {
	if (!isRowId(id)) return undefined;
	const [row] = await tx
		.select()
		.from(decisions)
		.where(and(eq(decisions.id, id), eq(decisions.countyCode, countyCode)));
	return row;
}

/**
 * The references and the natural key of a decision: the organisation and the
 * body belong to the county, and the organisation has no other decision on
 * the same subject the same day.
 */
async function checkInput(
	tx: Tx,
	countyCode: string,
	columns: ReturnType<typeof toColumns>,
	except?: number
): Promise<Record<string, string[]> | null> {
	const errors: Record<string, string[]> = {};
	const [organisation] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			and(eq(organisations.id, columns.organisationId), eq(organisations.countyCode, countyCode))
		);
	if (!organisation) errors.organisationId = ['Välj en organisation i länet.'];
	if (columns.groupId !== null) {
		const [group] = await tx
			.select({ id: groups.id })
			.from(groups)
			.where(
				and(
					eq(groups.id, columns.groupId),
					eq(groups.countyCode, countyCode),
					isNull(groups.archivedAt)
				)
			);
		if (!group) errors.groupId = ['Välj ett organ i länet, eller inget.'];
	}
	if (organisation) {
		const [same] = await tx
			.select({ id: decisions.id })
			.from(decisions)
			.where(
				and(
					eq(decisions.countyCode, countyCode),
					eq(decisions.organisationId, columns.organisationId),
					eq(decisions.subject, columns.subject),
					eq(decisions.decidedOn, columns.decidedOn),
					except === undefined ? undefined : ne(decisions.id, except)
				)
			)
			.limit(1);
		if (same)
			errors.decidedOn = [
				'Organisationen har redan ett beslut om samma sak det datumet (det kan vara arkiverat).'
			];
	}
	return Object.keys(errors).length ? errors : null;
}

/** One write of decisions at a time per county, so the duplicate check holds. */
const lockCounty = (tx: Tx, countyCode: string) =>
	tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`decisions:${countyCode}`}))`);

/** The organisations the actor may write decisions for, and the county's bodies, for the form. */
export async function decisionChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<DecisionChoices>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const [orgs, bodies] = await Promise.all([
		db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.countyCode, countyCode))
			.orderBy(asc(organisations.kind), sql`${organisations.name} collate "sv-x-icu"`),
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(liveInCounty(groups, countyCode))
			.orderBy(asc(groups.position))
	]);
	return ok({
		organisations: orgs.filter((o) => canEditOrganisationContent(actor, countyCode, o.id)),
		groups: bodies
	});
}

/** One of the county's decisions (not archived), for its edit form. */
export async function getDecision(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<EditableDecision>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const row = await decisionIn(db, countyCode, id);
	if (!row || row.archivedAt) return noDecision();
	if (!canEditOrganisationContent(actor, countyCode, row.organisationId)) return notYours();
	return ok(editable(row));
}

export async function createDecision(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableDecision>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = DecisionInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Beslutet kunde inte sparas.', fieldErrors(parsed.error.issues));
	if (!canEditOrganisationContent(actor, countyCode, parsed.data.organisationId)) return notYours();
	const columns = toColumns(parsed.data);
	return db.transaction(async (tx): Promise<Outcome<EditableDecision>> => {
		await lockCounty(tx, countyCode);
		const errors = await checkInput(tx, countyCode, columns);
		if (errors) return invalid('Beslutet kunde inte sparas.', errors);
		const [row] = await tx
			.insert(decisions)
			.values({ ...columns, countyCode, source: null })
			.returning();
		return createdAudited(tx, actor, DECISION, row!, countyCode);
	});
}

export async function updateDecision(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<EditableDecision>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = DecisionUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Beslutet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const columns = toColumns(parsed.data);
	return db.transaction(async (tx): Promise<Outcome<EditableDecision>> => {
		await lockCounty(tx, countyCode);
		const scope = await decisionIn(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noDecision();
		// an editor may change their own organisation's decision, but not give it to another
		if (
			!canEditOrganisationContent(actor, countyCode, scope.organisationId) ||
			!canEditOrganisationContent(actor, countyCode, columns.organisationId)
		)
			return notYours();
		const errors = await checkInput(tx, countyCode, columns, id);
		if (errors) return invalid('Beslutet kunde inte sparas.', errors);
		const { revision } = parsed.data;
		return updateAudited(tx, actor, DECISION, { id, countyCode, revision }, columns);
	});
}

/** Archives a decision: it leaves the county's pages but stays in the database and its history. */
export const archiveDecision = archiving(DECISION, {
	allowed: canEditSomething,
	find: decisionIn,
	check: (actor, countyCode, found) =>
		canEditOrganisationContent(actor, countyCode, found.organisationId) ? undefined : notYours()
});
