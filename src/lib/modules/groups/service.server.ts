import { and, eq, ne, sql } from 'drizzle-orm';
import { GroupInput, GroupUpdate, type EditableGroup } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditCountyContent } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { groups } from './tables.ts';
import { isRowId } from '../../platform/ids.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';

/**
 * Writing the county's bodies (samverkansorgan): coordinators and
 * administrators add, change and archive them. Every write is audited.
 */

type Row = typeof groups.$inferSelect;

/** What a person edits, and what the audit log and a conflict show. */
type GroupFields = Omit<EditableGroup, 'id' | 'revision' | 'source'>;

function fields(row: Row): GroupFields {
	return {
		name: row.name,
		level: row.level,
		composition: row.composition,
		mandate: row.mandate,
		visibility: row.visibility
	};
}

function editable(row: Row): EditableGroup {
	return { id: row.id, revision: row.revision, source: row.source, ...fields(row) };
}

const noGroup = () => notFound<never>('Organet finns inte.');
const nameTaken = () =>
	invalid<never>('Organet kunde inte sparas.', {
		name: ['Det finns redan ett organ med det namnet i länet (det kan vara arkiverat).']
	});

const GROUP = {
	table: groups,
	entityType: 'group',
	fields,
	editable,
	notFound: noGroup,
	conflict:
		'Någon annan har sparat en ändring av organet medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat organet sedan du öppnade det. Det har inte arkiverats.',
		invalid: 'Organet kunde inte arkiveras.'
	}
} satisfies Edited<Row, EditableGroup>;

async function groupIn(tx: Tx | Db, countyCode: string, id: number): Promise<Row | undefined> {
	if (!isRowId(id)) return undefined;
	const [row] = await tx
		.select()
		.from(groups)
		.where(and(eq(groups.id, id), eq(groups.countyCode, countyCode)));
	return row;
}

/** Names are unique in a county, archived bodies included (the database says so too). */
async function nameInUse(tx: Tx, countyCode: string, name: string, except?: number) {
	const [row] = await tx
		.select({ id: groups.id })
		.from(groups)
		.where(
			and(
				eq(groups.countyCode, countyCode),
				sql`lower(${groups.name}) = lower(${name})`,
				except === undefined ? undefined : ne(groups.id, except)
			)
		)
		.limit(1);
	return row !== undefined;
}

/** One of the county's bodies (not archived), for its edit form. */
export async function getGroup(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<EditableGroup>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const row = await groupIn(db, countyCode, id);
	return row && !row.archivedAt ? ok(editable(row)) : noGroup();
}

/** Adds a body, after the county's others. */
export async function createGroup(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableGroup>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = GroupInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Organet kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableGroup>> => {
		// one new body at a time per county, so the name check and the position hold
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`groups:${countyCode}`}))`);
		if (await nameInUse(tx, countyCode, parsed.data.name)) return nameTaken();
		const [last] = await tx
			.select({ position: sql<number>`coalesce(max(${groups.position}), 0)::int` })
			.from(groups)
			.where(eq(groups.countyCode, countyCode));
		const [row] = await tx
			.insert(groups)
			.values({
				...parsed.data,
				countyCode,
				position: (last?.position ?? 0) + 1,
				source: null
			})
			.returning();
		return createdAudited(tx, actor, GROUP, row!, countyCode);
	});
}

export async function updateGroup(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<EditableGroup>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = GroupUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Organet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const { revision, ...values } = parsed.data;
	return db.transaction(async (tx): Promise<Outcome<EditableGroup>> => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`groups:${countyCode}`}))`);
		const scope = await groupIn(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noGroup();
		if (await nameInUse(tx, countyCode, values.name, id)) return nameTaken();
		return updateAudited(tx, actor, GROUP, { id, countyCode, revision }, values);
	});
}

/** Archives a body: it leaves the county's pages but stays in the database and its history. */
export const archiveGroup = archiving(GROUP, {
	allowed: canEditCountyContent,
	find: groupIn
});
