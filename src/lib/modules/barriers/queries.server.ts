import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../platform/db/client.ts';
import { users } from '../accounts/tables.ts';
import { liveInCounty, shownInCounty, type Visible } from '../counties/index.server.ts';
import { decisions } from '../decisions/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import type { Barrier } from './schema.ts';
import { barrierSteps, barriers } from './tables.ts';

const stepDecision = alias(decisions, 'step_decision');

/** The county's barriers the viewer may see, newest first; `withRaiser` adds who raised them. */
export async function countyBarriers(
	db: Db | Tx,
	countyCode: string,
	visible: Visible,
	opts: { withRaiser: boolean; id?: number }
): Promise<Barrier[]> {
	const rows = await db
		.select({
			b: barriers,
			processName: processes.title,
			initiativeName: initiatives.title,
			decisionName: decisions.title,
			raisedBy: users.name
		})
		.from(barriers)
		.leftJoin(processes, eq(processes.id, barriers.processId))
		.leftJoin(initiatives, eq(initiatives.id, barriers.initiativeId))
		.leftJoin(decisions, eq(decisions.id, barriers.decisionId))
		.leftJoin(users, eq(users.id, barriers.raisedByUserId))
		.where(
			and(
				shownInCounty(barriers, countyCode, visible),
				opts.id === undefined ? undefined : eq(barriers.id, opts.id)
			)
		)
		.orderBy(sql`${barriers.raisedOn} desc nulls last`, desc(barriers.id));
	const ids = rows.map((r) => r.b.id);
	const steps = ids.length
		? await db
				.select({ s: barrierSteps, decisionName: stepDecision.title })
				.from(barrierSteps)
				.leftJoin(stepDecision, eq(stepDecision.id, barrierSteps.decisionId))
				.where(inArray(barrierSteps.barrierId, ids))
				.orderBy(asc(barrierSteps.on), asc(barrierSteps.id))
		: [];
	const ref = (id: number | null, name: string | null) =>
		id !== null && name !== null ? { id, name } : null;
	return rows.map(({ b, ...r }) => ({
		id: b.id,
		revision: b.revision,
		title: b.title,
		description: b.description,
		metWhere: b.metWhere,
		kind: b.kind,
		status: b.status,
		raisedOn: b.raisedOn,
		process: ref(b.processId, r.processName),
		initiative: ref(b.initiativeId, r.initiativeName),
		decision: ref(b.decisionId, r.decisionName),
		...(opts.withRaiser ? { raisedBy: r.raisedBy } : {}),
		steps: steps
			.filter((s) => s.s.barrierId === b.id)
			.map((s) => ({
				status: s.s.status,
				on: s.s.on,
				note: s.s.note,
				decision: ref(s.s.decisionId, s.decisionName)
			})),
		source: b.source,
		sourcePassage: b.sourcePassage,
		visibility: b.visibility
	}));
}

/** The county's processes, initiatives, decisions and barriers, by name, for the forms' lists. */
export async function choicesOf(
	db: Db | Tx,
	countyCode: string,
	kind: 'process' | 'initiative' | 'decision' | 'barrier'
): Promise<{ id: number; name: string }[]> {
	const table = {
		process: processes,
		initiative: initiatives,
		decision: decisions,
		barrier: barriers
	}[kind];
	return db
		.select({ id: table.id, name: table.title })
		.from(table)
		.where(liveInCounty(table, countyCode))
		.orderBy(sql`${table.title} collate "sv-x-icu"`, asc(table.id));
}

/** Whether `id` is a live row of `kind` in the county. */
export async function isInCounty(
	db: Db | Tx,
	countyCode: string,
	kind: 'process' | 'initiative' | 'decision' | 'barrier',
	id: number
): Promise<boolean> {
	const table = {
		process: processes,
		initiative: initiatives,
		decision: decisions,
		barrier: barriers
	}[kind];
	const [row] = await db
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.id, id), eq(table.countyCode, countyCode), isNull(table.archivedAt)));
	return Boolean(row);
}
