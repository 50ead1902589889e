import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { swedishDay } from '../actions/index.ts';
import { indicatorFigures } from '../followup/index.server.ts';
import type { IndicatorSnapshot } from './domain/evidence.ts';
import { canWriteReflections } from './domain/permissions.ts';
import {
	authorInCounty,
	evidenceInCounty,
	linksOf,
	reflectionChoicesOf
} from './queries.server.ts';
import { ReflectionInput, ReflectionUpdate } from './schema.ts';
import { reflectionEvidence, reflections } from './tables.ts';

/**
 * Writing reflections: the county's coordinators and administrators write a
 * body's or a process's reflection and link its evidence. An indicator's
 * figures are kept as they stood the day it was linked: a later change of
 * the reflection keeps that snapshot, a newly linked indicator gets today's.
 */

type Row = typeof reflections.$inferSelect;
type Link = { kind: 'indicator' | 'initiative' | 'story' | 'barrier'; targetId: number };

const indicatorRef = (s: IndicatorSnapshot) => s.indicator.koladaId ?? String(s.indicator.id);

async function editable(row: Row, tx: Tx | Db) {
	const links = await linksOf(tx, [row.id]);
	const of = (kind: Link['kind']) =>
		links.filter((l) => l.kind === kind).map((l) => String(l.targetId));
	return {
		id: row.id,
		revision: row.revision,
		groupId: row.groupId,
		processId: row.processId,
		title: row.title,
		whatWeSee: row.whatWeSee,
		whatItMeans: row.whatItMeans,
		whatWeDoNow: row.whatWeDoNow,
		writtenOn: row.writtenOn,
		indicators: links.flatMap((l) => (l.snapshot ? [indicatorRef(l.snapshot)] : [])),
		initiatives: of('initiative'),
		stories: of('story'),
		barriers: of('barrier'),
		visibility: row.visibility
	};
}
export type EditableReflection = Awaited<ReturnType<typeof editable>>;

/** The reflection as the audit log records it: its texts, author and evidence. */
async function fields(row: Row, tx: Tx) {
	const all: Partial<EditableReflection> = await editable(row, tx);
	delete all.id;
	delete all.revision;
	return all;
}

const noReflection = () => notFound<never>('Reflektionen finns inte.');

const REFLECTION = {
	table: reflections,
	entityType: 'reflection',
	fields,
	editable,
	notFound: noReflection,
	conflict:
		'Någon annan har sparat en ändring av reflektionen medan du skrev. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat reflektionen sedan du öppnade den. Den har inte arkiverats.',
		invalid: 'Reflektionen kunde inte arkiveras.'
	}
} satisfies Edited<Row, EditableReflection>;

const NOT_SAVED = 'Reflektionen kunde inte sparas.';

async function reflectionIn(tx: Tx | Db, countyCode: string, id: number) {
	if (!isRowId(id)) return undefined;
	const [row] = await tx
		.select()
		.from(reflections)
		.where(and(eq(reflections.id, id), eq(reflections.countyCode, countyCode)));
	return row;
}

/**
 * The author and evidence checked against the county, and the indicator
 * links with their snapshots: kept from `kept` when already linked, else
 * taken now. Field errors when something is not the county's.
 */
async function checkInput(
	tx: Tx,
	actor: Actor,
	countyCode: string,
	input: ReflectionInput,
	kept: IndicatorSnapshot[],
	now: Date
): Promise<
	| { errors: Record<string, string[]> }
	| { links: (Link & { snapshot: IndicatorSnapshot | null })[] }
> {
	const errors: Record<string, string[]> = {};
	if (
		input.groupId !== undefined &&
		!(await authorInCounty(tx, countyCode, 'group', input.groupId))
	)
		errors.groupId = ['Välj ett organ i länet.'];
	if (
		input.processId !== undefined &&
		!(await authorInCounty(tx, countyCode, 'process', input.processId))
	)
		errors.processId = ['Välj en process i länet.'];
	const links: (Link & { snapshot: IndicatorSnapshot | null })[] = [];
	const missing: string[] = [];
	for (const ref of input.indicators) {
		const known = kept.find((s) => indicatorRef(s) === ref || String(s.indicator.id) === ref);
		const figures = known ? undefined : await indicatorFigures(tx, actor, countyCode, ref);
		const snapshot = known ?? (figures && { takenOn: swedishDay(now), ...figures });
		if (!snapshot) missing.push(ref);
		else if (!links.some((l) => l.kind === 'indicator' && l.targetId === snapshot.indicator.id))
			links.push({ kind: 'indicator', targetId: snapshot.indicator.id, snapshot });
	}
	if (missing.length) errors.indicators = [`Nyckeltalet finns inte i Nära: ${missing.join(', ')}.`];
	const lists = [
		['initiatives', 'initiative', 'Välj insatser i länet.'],
		['stories', 'story', 'Välj publicerade berättelser i länet.'],
		['barriers', 'barrier', 'Välj hinder i länet.']
	] as const;
	for (const [field, kind, message] of lists) {
		const found = await evidenceInCounty(tx, countyCode, kind, input[field]);
		if (input[field].some((id) => !found.has(id))) errors[field] = [message];
		links.push(...input[field].map((targetId) => ({ kind, targetId, snapshot: null })));
	}
	return Object.keys(errors).length ? { errors } : { links };
}

const columns = (input: ReflectionInput) => ({
	groupId: input.groupId ?? null,
	processId: input.processId ?? null,
	title: input.title,
	whatWeSee: input.whatWeSee,
	whatItMeans: input.whatItMeans,
	whatWeDoNow: input.whatWeDoNow,
	writtenOn: input.writtenOn,
	visibility: input.visibility
});

const writeLinks = async (
	tx: Tx,
	reflectionId: number,
	links: (Link & { snapshot: IndicatorSnapshot | null })[]
) => {
	await tx.delete(reflectionEvidence).where(eq(reflectionEvidence.reflectionId, reflectionId));
	if (links.length)
		await tx.insert(reflectionEvidence).values(links.map((l) => ({ reflectionId, ...l })));
};

/** What the reflection form offers: the county's bodies, processes and evidence. */
export async function reflectionChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<Awaited<ReturnType<typeof reflectionChoicesOf>>>> {
	if (!canWriteReflections(actor, countyCode)) return forbidden();
	return ok(await reflectionChoicesOf(db, countyCode));
}

/** One of the county's reflections (not archived), for its edit form. */
export async function getReflection(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<EditableReflection>> {
	if (!canWriteReflections(actor, countyCode)) return forbidden();
	const row = await reflectionIn(db, countyCode, id);
	if (!row || row.archivedAt) return noReflection();
	return ok(await editable(row, db));
}

export async function createReflection(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableReflection>> {
	if (!canWriteReflections(actor, countyCode)) return forbidden();
	const parsed = ReflectionInput.safeParse(raw);
	if (!parsed.success) return invalid(NOT_SAVED, fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableReflection>> => {
		const checked = await checkInput(tx, actor, countyCode, parsed.data, [], new Date());
		if ('errors' in checked) return invalid(NOT_SAVED, checked.errors);
		const [row] = await tx
			.insert(reflections)
			.values({ ...columns(parsed.data), countyCode })
			.returning();
		await writeLinks(tx, row!.id, checked.links);
		return createdAudited(tx, actor, REFLECTION, row!, countyCode);
	});
}

export async function updateReflection(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<EditableReflection>> {
	if (!canWriteReflections(actor, countyCode)) return forbidden();
	const parsed = ReflectionUpdate.safeParse(raw);
	if (!parsed.success) return invalid(NOT_SAVED, fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableReflection>> => {
		const found = await reflectionIn(tx, countyCode, id);
		if (!found || found.archivedAt) return noReflection();
		const kept = (await linksOf(tx, [id])).flatMap((l) => (l.snapshot ? [l.snapshot] : []));
		const checked = await checkInput(tx, actor, countyCode, parsed.data, kept, new Date());
		if ('errors' in checked) return invalid(NOT_SAVED, checked.errors);
		return updateAudited(
			tx,
			actor,
			REFLECTION,
			{ id, countyCode, revision: parsed.data.revision },
			columns(parsed.data),
			(t) => writeLinks(t, id, checked.links)
		);
	});
}

/** Archives a reflection: it leaves the county's pages but stays in the database and its history. */
export const archiveReflection = archiving(REFLECTION, {
	allowed: canWriteReflections,
	find: reflectionIn
});
