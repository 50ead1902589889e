import { and, asc, eq, exists, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { roleAssignments, users } from '../accounts/tables.ts';
import { organisations } from '../counties/tables.ts';
import { shownInCounty, type Visible } from '../counties/index.server.ts';
import type { Action } from './schema.ts';
import { actionDigestOptOuts, actions } from './tables.ts';

const columns = {
	id: actions.id,
	countyCode: actions.countyCode,
	revision: actions.revision,
	title: actions.title,
	description: actions.description,
	organisationId: organisations.id,
	organisationName: organisations.name,
	userId: users.id,
	userName: users.name,
	dueOn: actions.dueOn,
	status: actions.status,
	outcome: actions.outcome,
	origin: actions.origin,
	originId: actions.originId,
	visibility: actions.visibility
};

type ActionRow = Awaited<ReturnType<ReturnType<typeof selectActions>['execute']>>[number];

const toAction = (r: ActionRow): Action => ({
	id: r.id,
	revision: r.revision,
	title: r.title,
	description: r.description,
	owner: {
		organisation: { id: r.organisationId, name: r.organisationName },
		user: { id: r.userId, name: r.userName }
	},
	dueOn: r.dueOn,
	status: r.status,
	outcome: r.outcome,
	origin: r.origin,
	originId: r.originId,
	visibility: r.visibility
});

function selectActions(db: Db | Tx) {
	return db
		.select(columns)
		.from(actions)
		.innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
		.innerJoin(users, eq(users.id, actions.ownerUserId));
}

/** The county's actions the viewer may see, by due date. */
export async function countyActions(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<Action[]> {
	const rows = await selectActions(db)
		.where(shownInCounty(actions, countyCode, visible))
		.orderBy(asc(actions.dueOn), asc(actions.id));
	return rows.map(toAction);
}

/** One action of the county, archived or not. */
export async function actionById(
	db: Db | Tx,
	countyCode: string,
	id: number
): Promise<Action | undefined> {
	const [row] = await selectActions(db).where(
		and(eq(actions.id, id), eq(actions.countyCode, countyCode), isNull(actions.archivedAt))
	);
	return row && toAction(row);
}

/** A person's open actions in every county, by due date. */
export async function ownActions(
	db: Db,
	userId: number
): Promise<(Action & { countyCode: string })[]> {
	const rows = await selectActions(db)
		.where(
			and(
				eq(actions.ownerUserId, userId),
				inArray(actions.status, ['open', 'in_progress']),
				isNull(actions.archivedAt)
			)
		)
		.orderBy(asc(actions.dueOn), asc(actions.id));
	return rows.map((r) => ({ ...toAction(r), countyCode: r.countyCode }));
}

/** The people who may own an action in the county: everyone with a role there, not disabled. */
export async function countyPeople(db: Db | Tx, countyCode: string) {
	return db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(
			and(
				isNull(users.disabledAt),
				exists(
					db
						.select({ one: sql`1` })
						.from(roleAssignments)
						.where(
							and(eq(roleAssignments.userId, users.id), eq(roleAssignments.countyCode, countyCode))
						)
				)
			)
		)
		.orderBy(sql`${users.name} collate "sv-x-icu"`, asc(users.id));
}

/**
 * The open actions due by `until` (overdue ones included) of everyone who
 * has not turned the digest off, with their e-mail, by person and due date.
 */
export async function digestRows(db: Db, until: string) {
	return db
		.select({
			userId: users.id,
			email: users.email,
			name: users.name,
			countyCode: actions.countyCode,
			id: actions.id,
			title: actions.title,
			dueOn: actions.dueOn,
			status: actions.status,
			organisation: organisations.name
		})
		.from(actions)
		.innerJoin(users, eq(users.id, actions.ownerUserId))
		.innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
		.leftJoin(actionDigestOptOuts, eq(actionDigestOptOuts.userId, users.id))
		.where(
			and(
				inArray(actions.status, ['open', 'in_progress']),
				isNull(actions.archivedAt),
				isNull(users.disabledAt),
				isNull(actionDigestOptOuts.userId),
				lte(actions.dueOn, until)
			)
		)
		.orderBy(asc(users.id), asc(actions.dueOn), asc(actions.id));
}

export async function digestOff(db: Db | Tx, userId: number): Promise<boolean> {
	const [row] = await db
		.select({ userId: actionDigestOptOuts.userId })
		.from(actionDigestOptOuts)
		.where(eq(actionDigestOptOuts.userId, userId));
	return Boolean(row);
}
