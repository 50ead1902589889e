import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { liveInCounty, shownInCounty, type Visible } from '../counties/index.server.ts';
import { organisations } from '../counties/tables.ts';
import { decisions } from '../decisions/tables.ts';
import { groups } from '../groups/tables.ts';
import { agreements } from './tables.ts';

/** The SQL of the register of agreements and guidelines, and nowhere else. */

export type AgreementRow = typeof agreements.$inferSelect;

export async function countyAgreements(db: Db | Tx, countyCode: string, visible: Visible) {
	return db
		.select()
		.from(agreements)
		.where(shownInCounty(agreements, countyCode, visible))
		.orderBy(sql`${agreements.nextReviewOn} asc nulls last`, asc(agreements.title));
}

export async function agreementIn(db: Db | Tx, countyCode: string, id: number) {
	const [row] = await db
		.select()
		.from(agreements)
		.where(and(eq(agreements.id, id), eq(agreements.countyCode, countyCode)));
	return row;
}

/** The names behind the ids of the county: organisations, bodies, decisions. */
export async function countyNames(db: Db | Tx, countyCode: string) {
	const [orgs, bodies, taken] = await Promise.all([
		db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.countyCode, countyCode))
			.orderBy(asc(organisations.kind), sql`${organisations.name} collate "sv-x-icu"`),
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(liveInCounty(groups, countyCode))
			.orderBy(asc(groups.position)),
		db
			.select({ id: decisions.id, title: decisions.title, decidedOn: decisions.decidedOn })
			.from(decisions)
			.where(and(eq(decisions.countyCode, countyCode), isNull(decisions.archivedAt)))
			.orderBy(asc(decisions.decidedOn))
	]);
	return { organisations: orgs, groups: bodies, decisions: taken };
}

/** Which of these ids are the county's (organisations, a live body, live decisions). */
export async function knownIds(
	tx: Tx,
	countyCode: string,
	w: { partyIds: number[]; ownerGroupId: number | null; decisionIds: number[] }
) {
	const none = Promise.resolve([] as { id: number }[]);
	const [orgs, body, taken] = await Promise.all([
		w.partyIds.length
			? tx
					.select({ id: organisations.id })
					.from(organisations)
					.where(
						and(eq(organisations.countyCode, countyCode), inArray(organisations.id, w.partyIds))
					)
			: none,
		w.ownerGroupId === null
			? none
			: tx
					.select({ id: groups.id })
					.from(groups)
					.where(and(liveInCounty(groups, countyCode), eq(groups.id, w.ownerGroupId))),
		w.decisionIds.length
			? tx
					.select({ id: decisions.id })
					.from(decisions)
					.where(
						and(
							eq(decisions.countyCode, countyCode),
							isNull(decisions.archivedAt),
							inArray(decisions.id, w.decisionIds)
						)
					)
			: none
	]);
	return {
		parties: new Set(orgs.map((o) => o.id)),
		group: body.length > 0,
		decisions: new Set(taken.map((d) => d.id))
	};
}
