import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { canManageMilestones } from './domain/permissions.ts';
import { periodText } from './domain/status.ts';
import * as q from './queries.server.ts';
import { type Milestone, MilestoneInput, MilestoneUpdate } from './schema.ts';
import { milestones } from './tables.ts';
import type { Visible } from '../counties/index.server.ts';

/**
 * Writing the county's milestones: coordinators and administrators add and
 * change them, with the items that deliver them. Every write is audited in
 * its transaction; a save based on an older revision is a conflict; input
 * that is wrong, or names another county's items, writes nothing.
 */

type Row = q.MilestoneRow;

const noMilestone = () => notFound<never>('Milstolpen finns inte.');
const refused = (fields: Record<string, string[]>) =>
	invalid<never>('Milstolpen kunde inte sparas.', fields);

/** The input's errors by field: an error of a list's item ("initiativeIds.0") is the list's. */
function inputErrors(issues: Parameters<typeof fieldErrors>[0]) {
	const fields: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(fieldErrors(issues))) {
		const name = key.split('.')[0]!;
		fields[name] = [...new Set([...(fields[name] ?? []), ...messages])];
	}
	return refused(fields);
}

/** The milestones as the reader may see them, with their owners' names and linked items. */
export async function readMilestones(
	db: Db | Tx,
	countyCode: string,
	rows: Row[],
	visible: Visible
): Promise<Milestone[]> {
	const [names, links] = await Promise.all([
		q.groupNames(db, countyCode),
		q.linkedItems(
			db,
			rows.map((r) => r.id),
			visible
		)
	]);
	return rows.map((row) => {
		const mine = links.filter((l) => l.milestoneId === row.id);
		return {
			id: row.id,
			countyCode: row.countyCode,
			title: row.title,
			description: row.description,
			year: row.year,
			periodLabel: row.periodLabel,
			period: periodText(row),
			ownerGroupId: row.ownerGroupId,
			ownerGroup: row.ownerGroupId === null ? null : (names.get(row.ownerGroupId) ?? null),
			status: row.status,
			source: row.source,
			sourcePassage: row.sourcePassage,
			position: row.position,
			initiatives: mine.flatMap((l) => (l.initiative ? [l.initiative] : [])),
			processes: mine.flatMap((l) => (l.process ? [l.process] : [])),
			roadmapItems: mine.flatMap((l) => (l.roadmapItem ? [l.roadmapItem] : [])),
			visibility: row.visibility,
			revision: row.revision
		};
	});
}

/** A milestone as the audit log records it and a conflict shows it: its fields and linked ids. */
async function fields(row: Row, tx: Tx | Db) {
	return {
		title: row.title,
		description: row.description,
		year: row.year,
		periodLabel: row.periodLabel,
		ownerGroupId: row.ownerGroupId,
		status: row.status,
		...(await q.linkIds(tx, row.id)),
		visibility: row.visibility
	};
}

const MILESTONE = {
	table: milestones,
	entityType: 'milestone',
	fields,
	editable: async (row: Row, tx: Tx) =>
		(await readMilestones(tx, row.countyCode, [row], ['public', 'internal']))[0]!,
	current: async (row: Row, tx: Tx) => ({ ...(await fields(row, tx)), revision: row.revision }),
	notFound: noMilestone,
	conflict:
		'Någon annan har sparat en ändring av milstolpen medan du redigerade. Ingenting har skrivits över.'
} satisfies Edited<Row, Milestone>;

function toColumns(input: MilestoneInput) {
	return {
		title: input.title,
		description: input.description,
		year: input.year ?? null,
		periodLabel: input.periodLabel,
		ownerGroupId: input.ownerGroupId ?? null,
		status: input.status,
		visibility: input.visibility
	};
}

/** Field errors for an owner or linked items that are not the county's (live) ones. */
async function checkReferences(
	tx: Tx,
	countyCode: string,
	input: MilestoneInput
): Promise<Record<string, string[]> | null> {
	const c = await q.countyChoices(tx, countyCode);
	const known = (list: { id: number }[]) => new Set(list.map((i) => i.id));
	const errors: Record<string, string[]> = {};
	if (input.ownerGroupId !== undefined && !known(c.groups).has(input.ownerGroupId))
		errors.ownerGroupId = ['Välj ett organ i länet, eller inget.'];
	const checks = [
		['initiativeIds', c.initiatives, 'Välj insatser bland länets insatser.'],
		['processIds', c.processes, 'Välj processer bland länets processer.'],
		['roadmapItemIds', c.roadmapItems, 'Välj delar av länets färdplan.']
	] as const;
	for (const [name, list, message] of checks) {
		const ids = known(list);
		if (input[name].some((id) => !ids.has(id))) errors[name] = [message];
	}
	return Object.keys(errors).length ? errors : null;
}

/**
 * Whether another milestone of the county has this title (the natural key).
 * Callers hold the county's milestone lock, so the check and the write cannot interleave.
 */
async function titleInUse(tx: Tx, countyCode: string, title: string, exceptId?: number) {
	const [row] = await tx
		.select({ id: milestones.id })
		.from(milestones)
		.where(
			and(
				eq(milestones.countyCode, countyCode),
				eq(milestones.title, title),
				exceptId === undefined ? undefined : ne(milestones.id, exceptId)
			)
		);
	return row !== undefined;
}

/** Everything a save checks against the database, under the county's lock: null when it may go on. */
async function checked(tx: Tx, countyCode: string, input: MilestoneInput, exceptId?: number) {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`milestones:${countyCode}`}))`);
	const errors = (await checkReferences(tx, countyCode, input)) ?? {};
	if (await titleInUse(tx, countyCode, input.title, exceptId))
		errors.title = ['Länet har redan en milstolpe med den rubriken.'];
	return Object.keys(errors).length ? refused(errors) : null;
}

const links = (input: MilestoneInput): q.LinkIds => ({
	initiativeIds: input.initiativeIds,
	processIds: input.processIds,
	roadmapItemIds: input.roadmapItemIds
});

export async function createMilestone(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<Milestone>> {
	if (!canManageMilestones(actor, countyCode)) return forbidden();
	const parsed = MilestoneInput.safeParse(raw);
	if (!parsed.success) return inputErrors(parsed.error.issues);
	return db.transaction(async (tx): Promise<Outcome<Milestone>> => {
		const refusal = await checked(tx, countyCode, parsed.data);
		if (refusal) return refusal;
		const [row] = await tx
			.insert(milestones)
			.values({ ...toColumns(parsed.data), countyCode, source: null })
			.returning();
		await q.replaceLinks(tx, row!.id, links(parsed.data));
		return createdAudited(tx, actor, MILESTONE, row!, countyCode);
	});
}

export async function updateMilestone(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<Milestone>> {
	if (!canManageMilestones(actor, countyCode)) return forbidden();
	const parsed = MilestoneUpdate.safeParse(raw);
	if (!parsed.success) return inputErrors(parsed.error.issues);
	if (!isRowId(id)) return noMilestone();
	return db.transaction(async (tx): Promise<Outcome<Milestone>> => {
		const row = await q.milestoneIn(tx, countyCode, id);
		if (!row || row.archivedAt) return noMilestone();
		const refusal = await checked(tx, countyCode, parsed.data, id);
		if (refusal) return refusal;
		return updateAudited(
			tx,
			actor,
			MILESTONE,
			{ id, countyCode, revision: parsed.data.revision },
			toColumns(parsed.data),
			(t) => q.replaceLinks(t, id, links(parsed.data))
		);
	});
}

/** One milestone of the county, for its edit form. */
export async function getMilestone(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<Milestone>> {
	if (!canManageMilestones(actor, countyCode)) return forbidden();
	if (!isRowId(id)) return noMilestone();
	const row = await q.milestoneIn(db, countyCode, id);
	if (!row || row.archivedAt) return noMilestone();
	return ok((await readMilestones(db, countyCode, [row], visibleTo(actor, countyCode)))[0]!);
}

/** What the form offers: the county's bodies, initiatives, processes and parts of the roadmap. */
export async function milestoneChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<Awaited<ReturnType<typeof q.countyChoices>>>> {
	if (!canManageMilestones(actor, countyCode)) return forbidden();
	return ok(await q.countyChoices(db, countyCode));
}
