import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { canManageAgreements } from './domain/permissions.ts';
import { isReviewOverdue, swedishToday } from './domain/review.ts';
import * as q from './queries.server.ts';
import { type Agreement, AgreementInput, AgreementUpdate } from './schema.ts';
import { agreements } from './tables.ts';

/**
 * The register of agreements and guidelines: the county's coordinators and
 * administrators keep it; readers see the public entries, the county's people
 * the internal ones too. Every write is audited; a review date that has
 * passed is marked overdue.
 */

type Row = q.AgreementRow;
type Names = Awaited<ReturnType<typeof q.countyNames>>;

function toAgreement(row: Row, names: Names, today: string): Agreement {
	const org = new Map(names.organisations.map((o) => [o.id, o.name]));
	const body = new Map(names.groups.map((g) => [g.id, g.name]));
	return {
		id: row.id,
		revision: row.revision,
		kind: row.kind,
		title: row.title,
		partyIds: row.partyIds,
		parties: row.partyIds.map((id) => org.get(id) ?? `organisation ${id}`),
		otherParties: row.otherParties,
		scope: row.scope,
		ownerGroupId: row.ownerGroupId,
		ownerGroup: row.ownerGroupId === null ? null : (body.get(row.ownerGroupId) ?? null),
		validFrom: row.validFrom,
		validTo: row.validTo,
		nextReviewOn: row.nextReviewOn,
		reviewOverdue: isReviewOverdue(row, today),
		status: row.status,
		documentUrl: row.documentUrl,
		decisionIds: row.decisionIds,
		decisions: names.decisions.filter((d) => row.decisionIds.includes(d.id)),
		visibility: row.visibility,
		updatedAt: row.updatedAt.toISOString()
	};
}

const fields = (row: Row) => ({
	kind: row.kind,
	title: row.title,
	status: row.status,
	partyIds: row.partyIds,
	otherParties: row.otherParties,
	scope: row.scope,
	ownerGroupId: row.ownerGroupId,
	validFrom: row.validFrom,
	validTo: row.validTo,
	nextReviewOn: row.nextReviewOn,
	documentUrl: row.documentUrl,
	decisionIds: row.decisionIds,
	visibility: row.visibility
});

const noAgreement = () => notFound<never>('Överenskommelsen finns inte.');

const AGREEMENT = {
	table: agreements,
	entityType: 'agreement',
	fields,
	editable: async (row: Row, tx: Tx) =>
		toAgreement(row, await q.countyNames(tx, row.countyCode), swedishToday(new Date())),
	current: (row: Row) => ({ ...fields(row), revision: row.revision }),
	notFound: noAgreement,
	conflict:
		'Någon annan har sparat en ändring av överenskommelsen medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict:
			'Någon annan har ändrat överenskommelsen sedan du öppnade den. Den har inte arkiverats.',
		invalid: 'Överenskommelsen kunde inte arkiveras.'
	}
} satisfies Edited<Row, Agreement>;

function toColumns(input: AgreementInput) {
	return {
		kind: input.kind,
		title: input.title,
		partyIds: [...new Set(input.partyIds)],
		otherParties: input.otherParties,
		scope: input.scope,
		ownerGroupId: input.ownerGroupId ?? null,
		validFrom: input.validFrom,
		validTo: input.validTo,
		nextReviewOn: input.nextReviewOn,
		status: input.status,
		documentUrl: input.documentUrl,
		decisionIds: [...new Set(input.decisionIds)],
		visibility: input.visibility
	};
}

async function checkReferences(
	tx: Tx,
	countyCode: string,
	c: ReturnType<typeof toColumns>
): Promise<Record<string, string[]> | null> {
	const known = await q.knownIds(tx, countyCode, c);
	const errors: Record<string, string[]> = {};
	if (c.partyIds.some((id) => !known.parties.has(id)))
		errors.partyIds = ['Välj parter bland länets organisationer.'];
	if (c.ownerGroupId !== null && !known.group)
		errors.ownerGroupId = ['Välj ett organ i länet, eller inget.'];
	if (c.decisionIds.some((id) => !known.decisions.has(id)))
		errors.decisionIds = ['Välj beslut bland länets beslut.'];
	if (c.partyIds.length + c.otherParties.length === 0)
		errors.partyIds = ['Ange minst en part: en organisation i länet eller en annan part.'];
	return Object.keys(errors).length ? errors : null;
}

const refused = (fields: Record<string, string[]>) =>
	invalid<never>('Överenskommelsen kunde inte sparas.', fields);

export async function createAgreement(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<Agreement>> {
	if (!canManageAgreements(actor, countyCode)) return forbidden();
	const parsed = AgreementInput.safeParse(raw);
	if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
	const columns = toColumns(parsed.data);
	return db.transaction(async (tx): Promise<Outcome<Agreement>> => {
		const errors = await checkReferences(tx, countyCode, columns);
		if (errors) return refused(errors);
		const [row] = await tx
			.insert(agreements)
			.values({ ...columns, countyCode })
			.returning();
		return createdAudited(tx, actor, AGREEMENT, row!, countyCode);
	});
}

export async function updateAgreement(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<Agreement>> {
	if (!canManageAgreements(actor, countyCode)) return forbidden();
	const parsed = AgreementUpdate.safeParse(raw);
	if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
	if (!isRowId(id)) return noAgreement();
	const columns = toColumns(parsed.data);
	return db.transaction(async (tx): Promise<Outcome<Agreement>> => {
		const row = await q.agreementIn(tx, countyCode, id);
		if (!row || row.archivedAt) return noAgreement();
		const errors = await checkReferences(tx, countyCode, columns);
		if (errors) return refused(errors);
		return updateAudited(
			tx,
			actor,
			AGREEMENT,
			{ id, countyCode, revision: parsed.data.revision },
			columns
		);
	});
}

export const archiveAgreement = archiving(AGREEMENT, {
	allowed: canManageAgreements,
	find: q.agreementIn
});

/** One agreement of the county, for its edit form. */
export async function getAgreement(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<Agreement>> {
	if (!canManageAgreements(actor, countyCode)) return forbidden();
	if (!isRowId(id)) return noAgreement();
	const row = await q.agreementIn(db, countyCode, id);
	if (!row || row.archivedAt) return noAgreement();
	return ok(toAgreement(row, await q.countyNames(db, countyCode), swedishToday(new Date())));
}

/** The register as the reader may see it, the overdue reviews counted; `now` decides what is overdue. */
export async function listAgreements(
	db: Db,
	actor: Actor,
	countyCode: string,
	now: Date
): Promise<Outcome<{ agreements: Agreement[]; overdue: number }>> {
	const [rows, names] = await Promise.all([
		q.countyAgreements(db, countyCode, visibleTo(actor, countyCode)),
		q.countyNames(db, countyCode)
	]);
	const today = swedishToday(now);
	const list = rows.map((r) => toAgreement(r, names, today));
	return ok({ agreements: list, overdue: list.filter((a) => a.reviewOverdue).length });
}

/** What the form offers: the county's organisations, bodies and decisions. */
export async function agreementChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<Names>> {
	if (!canManageAgreements(actor, countyCode)) return forbidden();
	return ok(await q.countyNames(db, countyCode));
}

/**
 * The overdue reviews for a coordinator's start page: nothing for anyone who
 * does not keep the county's register.
 */
export async function overdueForStartPage(
	db: Db,
	actor: Actor,
	countyCode: string,
	now: Date
): Promise<{ id: number; title: string; nextReviewOn: string }[]> {
	if (!canManageAgreements(actor, countyCode)) return [];
	const list = await listAgreements(db, actor, countyCode, now);
	if (list.kind !== 'ok') return [];
	return list.value.agreements
		.filter((a) => a.reviewOverdue)
		.map((a) => ({ id: a.id, title: a.title, nextReviewOn: a.nextReviewOn! }));
}
