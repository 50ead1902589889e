import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { canReadInternal } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { isConfirmed, type Criterion } from './domain/criteria.ts';
import { canReuseInto, canReview } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { type GoodExample, GoodExampleQuery } from './schema.ts';

/**
 * Reading good examples: the national page shows the confirmed, public ones
 * of every county; a county's own people also see its nominations and the
 * internal ones.
 */

type Joined = q.ExampleJoined;

export async function toExamples(db: Db | Tx, rows: Joined[]): Promise<GoodExample[]> {
	const reuses = await q.reusesOf(
		db,
		rows.map((r) => r.example.id)
	);
	return rows.map(({ example: e, initiative: i, county: c }) => ({
		id: e.id,
		countyCode: c.code,
		countyName: c.name,
		countySlug: c.slug,
		initiative: {
			id: i.id,
			title: i.title,
			description: i.description,
			results: i.results,
			lessons: i.lessons,
			phase: i.phase,
			level: i.level,
			goalAreas: i.goalAreas,
			developmentAreas: i.developmentAreas,
			focusShifts: i.focusShifts,
			source: i.source
		},
		criteria: e.criteria as Criterion[],
		justification: e.justification,
		status: e.status,
		reviewNote: e.reviewNote,
		reviewedAt: e.reviewedAt?.toISOString() ?? null,
		nominatedAt: e.createdAt.toISOString(),
		revision: e.revision,
		reusedIn: reuses
			.filter((r) => r.goodExampleId === e.id)
			.map(({ goodExampleId: _, at, ...r }) => ({ ...r, at: at.toISOString() }))
	}));
}

/** The national list: confirmed examples of every county, searched and filtered. */
export async function listExamples(
	db: Db,
	raw: Record<string, unknown>
): Promise<Outcome<{ query: GoodExampleQuery; total: number; examples: GoodExample[] }>> {
	const parsed = GoodExampleQuery.safeParse(raw);
	if (!parsed.success) return invalid('Sökningen är ogiltig.', fieldErrors(parsed.error.issues));
	const rows = await q.confirmedExamples(db, parsed.data);
	return ok({
		query: parsed.data,
		total: rows.length,
		examples: await toExamples(db, rows)
	});
}

const visible = (actor: Actor, r: Joined) =>
	canReadInternal(actor, r.county.code) ||
	(isConfirmed(r.example.status) &&
		r.example.visibility === 'public' &&
		r.initiative.visibility === 'public' &&
		!r.example.archivedAt &&
		!r.initiative.archivedAt);

const noExample = () => notFound<never>('Det goda exemplet finns inte.');

/** One example, as the reader may see it. */
export async function getExample(db: Db, actor: Actor, id: number): Promise<Outcome<GoodExample>> {
	if (!isRowId(id)) return noExample();
	const [row] = await q.exampleById(db, id);
	if (!row || !visible(actor, row) || row.example.archivedAt) return noExample();
	return ok((await toExamples(db, [row]))[0]!);
}

/**
 * The good example an initiative is, for the initiative's own page: its
 * rating and where it has been reused, as the reader may see it; or null.
 */
export async function exampleOfInitiative(
	db: Db,
	actor: Actor,
	initiativeId: number
): Promise<GoodExample | null> {
	const [row] = await q.exampleByInitiative(db, initiativeId);
	if (!row || row.example.archivedAt || !visible(actor, row)) return null;
	return (await toExamples(db, [row]))[0]!;
}

/** A county's examples: all its nominations for its own people, the confirmed public ones for others. */
export async function countyExamples(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<GoodExample[]>> {
	const rows = (await q.countyExamples(db, countyCode)).filter((r) => visible(actor, r));
	return ok(await toExamples(db, rows));
}

/** The county's initiatives that can be nominated, for the form. */
export async function nominableInitiatives(db: Db, countyCode: string) {
	return q.nominable(db, countyCode);
}

/** A nomination of the county, for its reviewer's form. */
export async function exampleForReview(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<GoodExample>> {
	if (!canReview(actor, countyCode)) return forbidden();
	if (!isRowId(id)) return noExample();
	const [row] = await q.exampleById(db, id);
	if (!row || row.county.code !== countyCode || row.example.archivedAt) return noExample();
	return ok((await toExamples(db, [row]))[0]!);
}

/** The counties the actor may copy examples into (where they are a coordinator or administrator). */
export function reuseCounties(actor: Actor): string[] {
	if (actor.kind !== 'user') return [];
	return [...new Set(actor.roles.map((r) => r.countyCode))].filter((c) => canReuseInto(actor, c));
}
