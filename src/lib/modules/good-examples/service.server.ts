import { and, eq } from 'drizzle-orm';
import { actorUserId, type Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { createInitiativeIn } from '../initiatives/index.server.ts';
import { isConfirmed, reviewRefusal } from './domain/criteria.ts';
import { canNominate, canReuseInto, canReview } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { toExamples } from './read.server.ts';
import { type GoodExample, NominationInput, ReuseInput, ReviewInput } from './schema.ts';
import { goodExampleReuses, goodExamples } from './tables.ts';

/**
 * Writing good examples: a coordinator nominates an initiative of the county
 * against the criteria; an administrator of the county (not the nominator)
 * confirms it as lovande or beprövat; a coordinator of another county copies
 * a confirmed example into their inventory. Every write is audited.
 */

type Row = typeof goodExamples.$inferSelect;
export const ENTITY = 'good_example';

async function view(tx: Tx, row: Row): Promise<GoodExample> {
	const [joined] = await q.exampleById(tx, row.id);
	return (await toExamples(tx, [joined!]))[0]!;
}

const fields = (row: Row) => ({
	initiativeId: row.initiativeId,
	criteria: row.criteria,
	justification: row.justification,
	status: row.status,
	reviewNote: row.reviewNote
});

const noExample = () => notFound<never>('Det goda exemplet finns inte.');

const EXAMPLE = {
	table: goodExamples,
	entityType: ENTITY,
	fields,
	editable: (row: Row, tx: Tx) => view(tx, row),
	current: (row: Row) => ({
		revision: row.revision,
		decision: row.status,
		note: row.reviewNote
	}),
	notFound: noExample,
	conflict:
		'Någon annan har bedömt exemplet medan du hade sidan öppen. Ingenting har skrivits över; se bedömningen nedan.'
} satisfies Edited<Row, GoodExample>;

/** Nominates an initiative of the county as a good example. */
export async function nominate(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<GoodExample>> {
	if (!canNominate(actor, countyCode)) return forbidden();
	const parsed = NominationInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Nomineringen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx): Promise<Outcome<GoodExample>> => {
		const initiative = await q.initiativeInCounty(tx, countyCode, input.initiativeId);
		if (!initiative || initiative.archivedAt)
			return invalid('Nomineringen kunde inte sparas.', {
				initiativeId: ['Välj en insats i länets inventering.']
			});
		if (await q.nominationOf(tx, input.initiativeId))
			return invalid('Nomineringen kunde inte sparas.', {
				initiativeId: ['Insatsen är redan nominerad som gott exempel.']
			});
		const [row] = await tx
			.insert(goodExamples)
			.values({
				countyCode,
				initiativeId: input.initiativeId,
				criteria: input.criteria,
				justification: input.justification,
				nominatedBy: actorUserId(actor)
			})
			.returning();
		return createdAudited(tx, actor, EXAMPLE, row!, countyCode);
	});
}

/** Confirms a nomination as lovande or beprövat, or not, on the revision the reviewer saw. */
export async function review(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<GoodExample>> {
	if (!canReview(actor, countyCode)) return forbidden();
	const parsed = ReviewInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Bedömningen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const { decision, note, revision } = parsed.data;
	if (!isRowId(id)) return noExample();
	return db.transaction(async (tx): Promise<Outcome<GoodExample>> => {
		const [row] = await tx
			.select()
			.from(goodExamples)
			.where(and(eq(goodExamples.id, id), eq(goodExamples.countyCode, countyCode)));
		if (!row || row.archivedAt) return noExample();
		const refusal = reviewRefusal(row, decision, actorUserId(actor));
		if (refusal)
			return invalid('Bedömningen kunde inte sparas.', { [refusal.field]: [refusal.message] });
		return updateAudited(
			tx,
			actor,
			EXAMPLE,
			{ id, countyCode, revision },
			{
				status: decision,
				reviewNote: note,
				reviewedBy: actorUserId(actor),
				reviewedAt: new Date()
			}
		);
	});
}

/**
 * "Använd i vårt län": copies a confirmed example into the inventory of the
 * county given, as a new initiative at the idea stage that names its origin
 * (a link to the example), and records the reuse, so the example shows where
 * it has been reused. `origin` is the site's address, for the link.
 */
export async function reuse(
	db: Db,
	actor: Actor,
	id: number,
	raw: Record<string, unknown>,
	origin: string
): Promise<Outcome<{ initiativeId: number; countyCode: string; countySlug: string }>> {
	const parsed = ReuseInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Exemplet kunde inte kopieras.', fieldErrors(parsed.error.issues));
	const target = parsed.data.countyCode;
	if (!canReuseInto(actor, target)) return forbidden();
	if (!isRowId(id)) return noExample();
	return db.transaction(async (tx) => {
		const [row] = await q.exampleById(tx, id);
		if (
			!row ||
			row.example.archivedAt ||
			row.initiative.archivedAt ||
			!isConfirmed(row.example.status) ||
			row.example.visibility !== 'public' ||
			row.initiative.visibility !== 'public'
		)
			return noExample();
		if (row.county.code === target)
			return invalid('Exemplet kunde inte kopieras.', {
				countyCode: ['Exemplet kommer redan från det länet. Välj ett annat län.']
			});
		const county = await q.countyName(tx, target);
		if (!county)
			return invalid('Exemplet kunde inte kopieras.', { countyCode: ['Länet finns inte.'] });
		const i = row.initiative;
		const created = await createInitiativeIn(tx, actor, target, {
			title: i.title,
			description:
				`${i.description}\n\nEfter förebild av ett gott exempel från ${row.county.name}: ”${i.title}”.`.slice(
					0,
					20000
				),
			level: i.level,
			phase: 'idea',
			goalAreas: i.goalAreas,
			developmentAreas: i.developmentAreas,
			focusShifts: i.focusShifts,
			links: [
				{
					url: `${origin}/kunskapsbank/goda-exempel/${id}`,
					title: `Förebild: ${i.title} (${row.county.name})`.slice(0, 300)
				}
			],
			visibility: 'public',
			confirmSimilar: true
		});
		if (created.kind !== 'ok') return created;
		await tx
			.insert(goodExampleReuses)
			.values({ goodExampleId: id, initiativeId: created.value.id, countyCode: target });
		await audit(tx, actor, {
			action: 'reuse',
			entityType: ENTITY,
			entityId: id,
			countyCode: target,
			before: null,
			after: { initiativeId: created.value.id, countyCode: target }
		});
		return ok({ initiativeId: created.value.id, countyCode: target, countySlug: county.slug });
	});
}
