import { and, arrayOverlaps, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { users } from '../accounts/tables.ts';
import { shownInCounty, type Visible } from '../counties/index.server.ts';
import { organisations, sourceDocuments } from '../counties/tables.ts';
import { courseParticipants, courseRounds, supportOffers, supportRequests } from './tables.ts';

/** The SQL of the support structure, and nowhere else. */

export type OfferRow = typeof supportOffers.$inferSelect;
export type RequestRow = typeof supportRequests.$inferSelect;

export async function countyOffers(db: Db | Tx, countyCode: string, visible: Visible) {
	return db
		.select({
			offer: supportOffers,
			sourceTitle: sourceDocuments.title,
			sourceYear: sourceDocuments.year
		})
		.from(supportOffers)
		.leftJoin(sourceDocuments, eq(sourceDocuments.fileName, supportOffers.source))
		.where(shownInCounty(supportOffers, countyCode, visible))
		.orderBy(asc(supportOffers.kind), sql`${supportOffers.title} collate "sv-x-icu"`);
}

/** One offer with its source, archived or not (for the answer to a save). */
export async function offerWithSource(db: Db | Tx, id: number) {
	const [row] = await db
		.select({
			offer: supportOffers,
			sourceTitle: sourceDocuments.title,
			sourceYear: sourceDocuments.year
		})
		.from(supportOffers)
		.leftJoin(sourceDocuments, eq(sourceDocuments.fileName, supportOffers.source))
		.where(eq(supportOffers.id, id));
	return row;
}

/** The rounds of these offers with their participants, oldest first. */
export async function roundsOf(db: Db | Tx, offerIds: number[]) {
	if (offerIds.length === 0) return [];
	const rounds = await db
		.select()
		.from(courseRounds)
		.where(inArray(courseRounds.offerId, offerIds))
		.orderBy(asc(courseRounds.startsOn), asc(courseRounds.id));
	const people = rounds.length
		? await db
				.select({
					roundId: courseParticipants.roundId,
					organisationId: courseParticipants.organisationId,
					organisation: organisations.name,
					participants: courseParticipants.participants
				})
				.from(courseParticipants)
				.innerJoin(organisations, eq(organisations.id, courseParticipants.organisationId))
				.where(
					inArray(
						courseParticipants.roundId,
						rounds.map((r) => r.id)
					)
				)
				.orderBy(asc(organisations.kind), sql`${organisations.name} collate "sv-x-icu"`)
		: [];
	return rounds.map((r) => ({ ...r, participation: people.filter((p) => p.roundId === r.id) }));
}

/** A live offer of the county that the reader may see. */
export async function offerIn(db: Db | Tx, countyCode: string, id: number, visible: Visible) {
	const [row] = await db
		.select()
		.from(supportOffers)
		.where(and(eq(supportOffers.id, id), shownInCounty(supportOffers, countyCode, visible)));
	return row;
}

const requestColumns = {
	request: supportRequests,
	offer: supportOffers.title,
	organisation: organisations.name,
	requestedByName: users.name
};

function requestsQuery(db: Db | Tx) {
	return db
		.select(requestColumns)
		.from(supportRequests)
		.leftJoin(supportOffers, eq(supportOffers.id, supportRequests.offerId))
		.innerJoin(organisations, eq(organisations.id, supportRequests.organisationId))
		.leftJoin(users, eq(users.id, supportRequests.requestedBy));
}

export type RequestWithNames = Awaited<ReturnType<typeof requestIn>>;

/** The county's requests, or only those one person made (`by`). */
export async function countyRequests(db: Db | Tx, countyCode: string, by: number | null) {
	return requestsQuery(db)
		.where(
			and(
				eq(supportRequests.countyCode, countyCode),
				by === null ? undefined : eq(supportRequests.requestedBy, by)
			)
		)
		.orderBy(desc(supportRequests.createdAt), desc(supportRequests.id));
}

export async function requestIn(db: Db | Tx, countyCode: string, id: number) {
	const [row] = await requestsQuery(db).where(
		and(eq(supportRequests.id, id), eq(supportRequests.countyCode, countyCode))
	);
	return row;
}

/** The plain row of a request of the county (for the archive rule). */
export async function requestRowIn(db: Db | Tx, countyCode: string, id: number) {
	const [row] = await db
		.select()
		.from(supportRequests)
		.where(and(eq(supportRequests.id, id), eq(supportRequests.countyCode, countyCode)));
	return row;
}

/** The county's organisations, for the forms. */
export async function countyOrganisations(db: Db | Tx, countyCode: string) {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.countyCode, countyCode))
		.orderBy(asc(organisations.kind), sql`${organisations.name} collate "sv-x-icu"`);
}

/** Which of these organisation ids are the county's. */
export async function knownOrganisations(tx: Tx, countyCode: string, ids: number[]) {
	if (ids.length === 0) return new Set<number>();
	const rows = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.countyCode, countyCode), inArray(organisations.id, ids)));
	return new Set(rows.map((r) => r.id));
}

export async function insertRound(
	tx: Tx,
	round: typeof courseRounds.$inferInsert,
	participation: { organisationId: number; participants: number }[]
) {
	const [row] = await tx.insert(courseRounds).values(round).returning();
	if (participation.length)
		await tx
			.insert(courseParticipants)
			.values(participation.map((p) => ({ ...p, roundId: row!.id })));
	return row!;
}

/** The rounds of the county's public offers that serve any of `prerequisites`, with their participants. */
export async function roundsServing(tx: Tx, countyCode: string, prerequisites: string[]) {
	if (prerequisites.length === 0) return [];
	return tx
		.select({
			startsOn: courseRounds.startsOn,
			prerequisites: supportOffers.prerequisites,
			participants: sql<number>`coalesce((select sum(${courseParticipants.participants}) from ${courseParticipants} where ${courseParticipants.roundId} = ${courseRounds.id}), 0)::int`
		})
		.from(courseRounds)
		.innerJoin(supportOffers, eq(supportOffers.id, courseRounds.offerId))
		.where(
			and(
				eq(courseRounds.countyCode, countyCode),
				shownInCounty(supportOffers, countyCode, ['public']),
				arrayOverlaps(supportOffers.prerequisites, prerequisites)
			)
		);
}
