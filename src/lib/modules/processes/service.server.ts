import { sql } from 'drizzle-orm';
import {
	DEVELOPMENT_AREAS,
	GOAL_AREA_LABELS,
	GOAL_AREAS,
	type DevelopmentArea
} from '../../core/vocabulary.ts';
import { coverageMatrix, type CoverageMatrix } from './domain/coverage.ts';
import type { Actor } from '../../core/actor.ts';
import { canManageProcesses, visibleTo } from './domain/permissions.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { processes as processTable } from './tables.ts';
import { isRowId } from '../../platform/ids.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Process } from './api-schema.ts';
import * as q from './queries.server.ts';
import { ProcessInput, ProcessUpdate, type CoverageKey, type ProcessFields } from './schema.ts';

/**
 * Use cases of the county's processes: reading them with their coverage of
 * the four development areas (anyone, by visibility), and adding, changing
 * and archiving them (the county's coordinators and administrators). A save
 * names the revision it was based on; a stale one is a conflict. Every write
 * is one transaction with one audit entry: the process, what it links to and
 * its coverage are written together or not at all.
 */

const ENTITY = 'process';

type Row = typeof processTable.$inferSelect;

export interface ProcessOverview {
	/** in reading order: county-wide, sub-regional, local */
	processes: Process[];
	matrix: CoverageMatrix<Process>;
}

/** A goal area a process can be tagged with: the county's own (from its roadmap) or a shared one. */
export interface GoalAreaChoice {
	key: string;
	label: string;
	ownedBy: 'county' | 'shared';
}

export interface ProcessChoices {
	goalAreas: GoalAreaChoice[];
	groups: { id: number; name: string }[];
	organisations: { id: number; name: string; kind: string }[];
	initiatives: { id: number; title: string }[];
}

const noProcess = () => notFound<never>('Processen finns inte.');

const notSaved = 'Processen kunde inte sparas.';
const EVERYTHING: q.Visible = ['public', 'internal'];

type Coverage = { area: DevelopmentArea; state: string; how: string; evidence: string }[];

function fieldsOf(
	row: Row,
	links: { participants: number[]; initiatives: number[]; coverage: Coverage }
): ProcessFields {
	const coverage = Object.fromEntries(
		links.coverage.flatMap((c) => [
			[`coverage.${c.area}.state`, c.state],
			[`coverage.${c.area}.how`, c.how],
			[`coverage.${c.area}.evidence`, c.evidence]
		])
	) as Record<CoverageKey, string>;
	return {
		title: row.title,
		level: row.level,
		goal: row.goal,
		description: row.description,
		ownerGroupId: row.ownerGroupId,
		status: row.status,
		goalAreas: row.goalAreas,
		participants: [...links.participants].sort((a, b) => a - b),
		initiatives: [...links.initiatives].sort((a, b) => a - b),
		visibility: row.visibility,
		...coverage
	};
}

/**
 * The goal areas of the county: its roadmap's own first, then the shared
 * ones (a shared key the roadmap also uses is the county's).
 */
async function goalAreasOf(
	db: Db | Tx,
	countyCode: string,
	visible: q.Visible
): Promise<GoalAreaChoice[]> {
	const own = await q.countyGoalAreas(db, countyCode, visible);
	const keys = new Set(own.map((g) => g.key));
	return [
		...own.map((g) => ({ key: g.key, label: g.title, ownedBy: 'county' as const })),
		...GOAL_AREAS.filter((k) => !keys.has(k)).map((key) => ({
			key,
			label: GOAL_AREA_LABELS[key],
			ownedBy: 'shared' as const
		}))
	];
}

/** The names of the goal areas the reader may see, by key (the county's own, then the shared). */
export async function goalAreaLabels(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Record<string, string>> {
	return Object.fromEntries(
		(await goalAreasOf(db, countyCode, visibleTo(actor, countyCode))).map((g) => [g.key, g.label])
	);
}

function columns(input: ProcessInput) {
	return {
		title: input.title,
		level: input.level,
		goal: input.goal,
		description: input.description,
		ownerGroupId: input.ownerGroupId,
		status: input.status,
		goalAreas: input.goalAreas,
		visibility: input.visibility
	};
}

function links(input: ProcessInput) {
	return {
		participants: input.participants,
		initiatives: input.initiatives,
		coverage: DEVELOPMENT_AREAS.map((area) => ({ area, ...input.coverage[area] }))
	};
}

const LISTS = ['goalAreas', 'participants', 'initiatives'];

/** Field errors under the form's names: an error in one item of a list belongs to the list. */
function errorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
	const fields: Record<string, string[]> = {};
	for (const [name, messages] of Object.entries(fieldErrors(issues))) {
		const key = LISTS.find((l) => name.startsWith(`${l}.`)) ?? name;
		fields[key] = [...new Set([...(fields[key] ?? []), ...messages])];
	}
	return fields;
}

/** What of an input is not the county's: the owner body, participants and initiatives. */
async function checkInput(
	tx: Tx,
	countyCode: string,
	input: ProcessInput,
	except?: number
): Promise<Record<string, string[]> | null> {
	const errors: Record<string, string[]> = {};
	if (await q.titleInUse(tx, countyCode, input.title, except))
		errors.title = [
			'Det finns redan en process med den rubriken i länet (den kan vara arkiverad).'
		];
	const goalAreas = new Set((await goalAreasOf(tx, countyCode, EVERYTHING)).map((g) => g.key));
	const unknownAreas = input.goalAreas.filter((k) => !goalAreas.has(k));
	if (unknownAreas.length)
		errors.goalAreas = [
			`Välj målområden ur listan (${unknownAreas.join(', ')} finns inte i länets färdplan eller bland de gemensamma).`
		];
	const unknown = await q.unknownReferences(tx, countyCode, input);
	if (unknown.groups.length) errors.ownerGroupId = ['Välj ett organ i länet, eller inget.'];
	if (unknown.organisations.length)
		errors.participants = [
			`Välj deltagande organisationer i länet (id ${unknown.organisations.join(', ')} finns inte här).`
		];
	if (unknown.initiatives.length)
		errors.initiatives = [
			`Välj insatser i länet (id ${unknown.initiatives.join(', ')} finns inte här eller är arkiverade).`
		];
	return Object.keys(errors).length ? errors : null;
}

/** One write of processes at a time per county, so the title check and the position hold. */
const lockCounty = (tx: Tx, countyCode: string) =>
	tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`processes:${countyCode}`}))`);

async function readBack(tx: Tx, countyCode: string, id: number): Promise<Process> {
	const [process] = await q.processes(tx, countyCode, EVERYTHING, id);
	return process!;
}

/**
 * A process as it is edited: what the audit log records and a conflict shows
 * are the form's fields, links and coverage included (read in the
 * transaction); a save answers the process as the pages show it.
 */
const fieldsIn = async (row: Row, tx: Tx) => fieldsOf(row, await q.processLinks(tx, row.id));
const PROCESS = {
	table: processTable,
	entityType: ENTITY,
	fields: fieldsIn,
	editable: (row: Row, tx: Tx) => readBack(tx, row.countyCode, row.id),
	current: async (row: Row, tx: Tx) => ({
		...(await fieldsIn(row, tx)),
		id: row.id,
		revision: row.revision
	}),
	notFound: noProcess,
	conflict:
		'Någon annan har sparat en ändring av processen medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat processen sedan du öppnade den. Den har inte arkiverats.',
		invalid: 'Processen kunde inte arkiveras.'
	}
} satisfies Edited<Row, Process>;

/** The county's processes the reader may see, with the coverage matrix, its summary and its gaps. */
export async function listProcesses(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<ProcessOverview>> {
	const matrix = coverageMatrix(await q.processes(db, countyCode, visibleTo(actor, countyCode)));
	return ok({ processes: matrix.rows.map((r) => r.process), matrix });
}

/** One process of the county, if the reader may see it. */
export async function getProcess(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<Process>> {
	if (!isRowId(id)) return noProcess();
	const [process] = await q.processes(db, countyCode, visibleTo(actor, countyCode), id);
	return process ? ok(process) : noProcess();
}

/** A process for its edit form: as the pages show it, and as the form's fields. */
export async function processForEdit(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<{ process: Process; fields: ProcessFields }>> {
	if (!canManageProcesses(actor, countyCode)) return forbidden();
	if (!isRowId(id)) return noProcess();
	const row = await q.processRow(db, countyCode, id);
	if (!row || row.archivedAt) return noProcess();
	const [process] = await q.processes(db, countyCode, EVERYTHING, id);
	if (!process) return noProcess();
	return ok({ process, fields: fieldsOf(row, await q.processLinks(db, id)) });
}

/** What the process form offers: the county's bodies, organisations and initiatives. */
export async function processChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<ProcessChoices>> {
	if (!canManageProcesses(actor, countyCode)) return forbidden();
	return ok({
		goalAreas: await goalAreasOf(db, countyCode, EVERYTHING),
		...(await q.choices(db, countyCode))
	});
}

/** Adds a process, after the county's others. */
export async function createProcess(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<Process>> {
	if (!canManageProcesses(actor, countyCode)) return forbidden();
	const parsed = ProcessInput.safeParse(raw);
	if (!parsed.success) return invalid(notSaved, errorsOf(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx): Promise<Outcome<Process>> => {
		await lockCounty(tx, countyCode);
		const errors = await checkInput(tx, countyCode, input);
		if (errors) return invalid(notSaved, errors);
		const [row] = await tx
			.insert(processTable)
			.values({
				...columns(input),
				countyCode,
				position: await q.nextPosition(tx, countyCode),
				source: null
			})
			.returning();
		await q.replaceLinks(tx, row!.id, links(input));
		return createdAudited(tx, actor, PROCESS, row!, countyCode);
	});
}

/** Changes a process: everything it says, what it links to and its coverage, as one save. */
export async function updateProcess(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<Process>> {
	if (!canManageProcesses(actor, countyCode)) return forbidden();
	const parsed = ProcessUpdate.safeParse(raw);
	if (!parsed.success) return invalid(notSaved, errorsOf(parsed.error.issues));
	const { revision, ...input } = parsed.data;
	if (!isRowId(id)) return noProcess();
	return db.transaction(async (tx): Promise<Outcome<Process>> => {
		await lockCounty(tx, countyCode);
		const scope = await q.processRow(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noProcess();
		const errors = await checkInput(tx, countyCode, input, id);
		if (errors) return invalid(notSaved, errors);
		return updateAudited(tx, actor, PROCESS, { id, countyCode, revision }, columns(input), (tx) =>
			q.replaceLinks(tx, id, links(input))
		);
	});
}

/** Archives a process: it leaves the county's pages but stays in the database and its history. */
export const archiveProcess = archiving(PROCESS, {
	allowed: canManageProcesses,
	find: q.processRow
});
