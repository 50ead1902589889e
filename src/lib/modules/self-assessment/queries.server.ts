import { and, asc, desc, eq, inArray, isNull, lte, or, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { organisations } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { users } from '../accounts/tables.ts';
import * as t from './tables.ts';

/** The Dialogguide's SQL, and nowhere else. */

export type Conn = Db | Tx;
export type TemplateRow = typeof t.assessmentTemplates.$inferSelect;
export type DimensionRow = typeof t.assessmentDimensions.$inferSelect;
export type RoundRow = typeof t.assessmentRounds.$inferSelect;

export async function templates(db: Conn, countyCode: string): Promise<TemplateRow[]> {
	return db
		.select()
		.from(t.assessmentTemplates)
		.where(
			and(
				eq(t.assessmentTemplates.countyCode, countyCode),
				isNull(t.assessmentTemplates.archivedAt)
			)
		)
		.orderBy(asc(t.assessmentTemplates.id));
}

export async function template(db: Conn, countyCode: string, id: number, lock = false) {
	const q = db
		.select()
		.from(t.assessmentTemplates)
		.where(and(eq(t.assessmentTemplates.countyCode, countyCode), eq(t.assessmentTemplates.id, id)));
	const [row] = lock ? await q.for('update') : await q;
	return row;
}

export async function dimensions(db: Conn, templateId: number): Promise<DimensionRow[]> {
	return db
		.select()
		.from(t.assessmentDimensions)
		.where(eq(t.assessmentDimensions.templateId, templateId))
		.orderBy(asc(t.assessmentDimensions.position));
}

/** The statements of a template as they were in one version, in order. */
export async function statements(db: Conn, templateId: number, version: number) {
	return db
		.select({
			id: t.assessmentStatements.id,
			text: t.assessmentStatements.text,
			source: t.assessmentStatements.source,
			quote: t.assessmentStatements.quote,
			dimensionKey: t.assessmentDimensions.key,
			addedInVersion: t.assessmentStatements.addedInVersion
		})
		.from(t.assessmentStatements)
		.innerJoin(
			t.assessmentDimensions,
			eq(t.assessmentDimensions.id, t.assessmentStatements.dimensionId)
		)
		.where(
			and(
				eq(t.assessmentStatements.templateId, templateId),
				lte(t.assessmentStatements.addedInVersion, version),
				or(
					isNull(t.assessmentStatements.retiredInVersion),
					gt(t.assessmentStatements.retiredInVersion, version)
				)
			)
		)
		.orderBy(
			asc(t.assessmentDimensions.position),
			asc(t.assessmentStatements.position),
			asc(t.assessmentStatements.id)
		);
}

export async function insertStatement(tx: Tx, values: typeof t.assessmentStatements.$inferInsert) {
	const [row] = await tx.insert(t.assessmentStatements).values(values).returning();
	return row!;
}

export async function retireStatement(tx: Tx, templateId: number, id: number, version: number) {
	const rows = await tx
		.update(t.assessmentStatements)
		.set({ retiredInVersion: version })
		.where(
			and(
				eq(t.assessmentStatements.templateId, templateId),
				eq(t.assessmentStatements.id, id),
				isNull(t.assessmentStatements.retiredInVersion)
			)
		)
		.returning({
			id: t.assessmentStatements.id,
			dimensionId: t.assessmentStatements.dimensionId,
			position: t.assessmentStatements.position
		});
	return rows[0];
}

export async function bumpVersion(tx: Tx, templateId: number) {
	await tx
		.update(t.assessmentTemplates)
		.set({
			version: sql`${t.assessmentTemplates.version} + 1`,
			revision: sql`${t.assessmentTemplates.revision} + 1`,
			updatedAt: sql`now()`
		})
		.where(eq(t.assessmentTemplates.id, templateId));
}

/** Initiatives of the county's inventory tagged with the area or shift, good examples first. */
export async function examples(
	db: Conn,
	countyCode: string,
	tag: { developmentArea: string | null; focusShift: string | null },
	limit: number
) {
	const tagged = [
		...(tag.developmentArea
			? [sql`${tag.developmentArea} = any(${initiatives.developmentAreas})`]
			: []),
		...(tag.focusShift ? [sql`${tag.focusShift} = any(${initiatives.focusShifts})`] : [])
	];
	if (!tagged.length) return [];
	return db
		.select({ id: initiatives.id, title: initiatives.title, goodExample: initiatives.goodExample })
		.from(initiatives)
		.where(
			and(
				eq(initiatives.countyCode, countyCode),
				eq(initiatives.visibility, 'public'),
				isNull(initiatives.archivedAt),
				or(...tagged)
			)
		)
		.orderBy(desc(initiatives.goodExample), asc(initiatives.title))
		.limit(limit);
}

export async function organisationOf(db: Conn, countyCode: string, id: number) {
	const [row] = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.countyCode, countyCode), eq(organisations.id, id)));
	return row;
}

export async function countyOrganisations(db: Conn, countyCode: string) {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.countyCode, countyCode))
		.orderBy(asc(organisations.name));
}

export async function insertRound(tx: Tx, values: typeof t.assessmentRounds.$inferInsert) {
	const [row] = await tx.insert(t.assessmentRounds).values(values).returning();
	return row!;
}

export async function insertCodes(tx: Tx, roundId: number, codes: string[]) {
	await tx.insert(t.assessmentCodes).values(codes.map((code) => ({ roundId, code })));
}

export async function codesOf(db: Conn, roundId: number) {
	return db
		.select({ code: t.assessmentCodes.code, used: t.assessmentCodes.used })
		.from(t.assessmentCodes)
		.where(eq(t.assessmentCodes.roundId, roundId))
		.orderBy(asc(t.assessmentCodes.code));
}

export const roundColumns = {
	round: t.assessmentRounds,
	organisation: organisations.name,
	manager: users.name,
	answers: sql<number>`(select count(*)::int from assessment_answers a where a.round_id = ${t.assessmentRounds.id})`
};

export async function round(db: Conn, countyCode: string, id: number) {
	const [row] = await db
		.select(roundColumns)
		.from(t.assessmentRounds)
		.innerJoin(organisations, eq(organisations.id, t.assessmentRounds.organisationId))
		.innerJoin(users, eq(users.id, t.assessmentRounds.managerId))
		.where(and(eq(t.assessmentRounds.countyCode, countyCode), eq(t.assessmentRounds.id, id)));
	return row;
}

export async function roundByToken(db: Conn, token: string, lock = false) {
	const q = db.select().from(t.assessmentRounds).where(eq(t.assessmentRounds.token, token));
	const [row] = lock ? await q.for('update') : await q;
	return row;
}

export async function rounds(db: Conn, countyCode: string, managerId: number | null) {
	return db
		.select(roundColumns)
		.from(t.assessmentRounds)
		.innerJoin(organisations, eq(organisations.id, t.assessmentRounds.organisationId))
		.innerJoin(users, eq(users.id, t.assessmentRounds.managerId))
		.where(
			and(
				eq(t.assessmentRounds.countyCode, countyCode),
				isNull(t.assessmentRounds.archivedAt),
				managerId === null ? undefined : eq(t.assessmentRounds.managerId, managerId)
			)
		)
		.orderBy(desc(t.assessmentRounds.closesOn), desc(t.assessmentRounds.id));
}

/** Marks an unused code used; false when it is not the round's or already used. */
export async function useCode(tx: Tx, roundId: number, code: string): Promise<boolean> {
	const rows = await tx
		.update(t.assessmentCodes)
		.set({ used: 1 })
		.where(
			and(
				eq(t.assessmentCodes.roundId, roundId),
				eq(t.assessmentCodes.code, code),
				eq(t.assessmentCodes.used, 0)
			)
		)
		.returning({ code: t.assessmentCodes.code });
	return rows.length === 1;
}

export async function insertAnswer(
	tx: Tx,
	roundId: number,
	answeredOn: string,
	scores: { statementId: number; score: number | null }[]
) {
	const [answer] = await tx
		.insert(t.assessmentAnswers)
		.values({ roundId, answeredOn })
		.returning({ id: t.assessmentAnswers.id });
	await tx.insert(t.assessmentScores).values(scores.map((s) => ({ answerId: answer!.id, ...s })));
}

/** The scores of the answers of these rounds, one row per score. */
export async function scoresOf(db: Conn, roundIds: number[]) {
	if (!roundIds.length) return [];
	return db
		.select({
			answerId: t.assessmentScores.answerId,
			roundId: t.assessmentAnswers.roundId,
			statementId: t.assessmentScores.statementId,
			score: t.assessmentScores.score
		})
		.from(t.assessmentScores)
		.innerJoin(t.assessmentAnswers, eq(t.assessmentAnswers.id, t.assessmentScores.answerId))
		.where(inArray(t.assessmentAnswers.roundId, roundIds));
}

/** The SQL of a round's last day, and of its half-year (e.g. "2026 H1"). */
const lastDay = sql`least(coalesce(r.closed_on, r.closes_on), r.closes_on)`;
const halfYear = sql`extract(year from ${lastDay})::int || ' H' || case when extract(month from ${lastDay}) <= 6 then 1 else 2 end`;

/**
 * The rounds of a template in the county that are closed by `today` and
 * reached K answers: the only rounds any result counts.
 */
export function publishedRoundsSql(
	countyCode: string,
	templateId: number,
	today: string,
	k: number
) {
	return sql`
		select r.id, r.organisation_id, ${halfYear} as period
		from assessment_rounds r
		where r.county_code = ${countyCode} and r.template_id = ${templateId} and r.archived_at is null
			and (r.closed_on is not null or r.closes_on < ${today}::date)
			and (select count(*) from assessment_answers a where a.round_id = r.id) >= ${k}`;
}

/**
 * The county's aggregate as raw material: for every dimension × half-year ×
 * organisation, each person's value (mean of their scores on the dimension)
 * and the number of rounds behind them.
 */
export function countyAggregateSql(
	countyCode: string,
	templateId: number,
	today: string,
	k: number
) {
	return sql`
		with rounds as (${publishedRoundsSql(countyCode, templateId, today, k)}),
		person as (
			select r.organisation_id, r.period, d.key, a.round_id, avg(s.score)::float8 as v
			from rounds r
			join assessment_answers a on a.round_id = r.id
			join assessment_scores s on s.answer_id = a.id and s.score is not null
			join assessment_statements st on st.id = s.statement_id
			join assessment_dimensions d on d.id = st.dimension_id
			group by r.organisation_id, r.period, d.key, a.round_id, a.id
		)
		select organisation_id as "organisationId", period, key,
			array_agg(v order by v) as "values", count(distinct round_id)::int as rounds
		from person
		group by organisation_id, period, key`;
}

export interface AggregateRow {
	organisationId: number;
	period: string;
	key: string;
	values: number[];
	rounds: number;
}

export async function countyAggregate(
	db: Conn,
	countyCode: string,
	templateId: number,
	today: string,
	k: number
) {
	return (await db.execute(
		countyAggregateSql(countyCode, templateId, today, k)
	)) as unknown as AggregateRow[];
}

export async function publishedRounds(
	db: Conn,
	countyCode: string,
	templateId: number,
	today: string,
	k: number
) {
	return (await db.execute(publishedRoundsSql(countyCode, templateId, today, k))) as unknown as {
		id: number;
		organisation_id: number;
		period: string;
	}[];
}

/** Changes a round and moves its revision on. */
export async function updateRound(
	tx: Tx,
	id: number,
	values: Partial<Pick<RoundRow, 'closedOn' | 'consensus' | 'nextSteps'>>
) {
	await tx
		.update(t.assessmentRounds)
		.set({ ...values, revision: sql`${t.assessmentRounds.revision} + 1`, updatedAt: sql`now()` })
		.where(eq(t.assessmentRounds.id, id));
}

export async function countiesWithTemplates(db: Conn): Promise<string[]> {
	const rows = await db
		.selectDistinct({ code: t.assessmentTemplates.countyCode })
		.from(t.assessmentTemplates)
		.where(isNull(t.assessmentTemplates.archivedAt))
		.orderBy(asc(t.assessmentTemplates.countyCode));
	return rows.map((r) => r.code);
}

/** The counties whose aggregate has something to show: the first and last day of its rounds that count. */
export async function countiesWithResults(db: Conn, today: string, k: number) {
	return (await db.execute(sql`
		select r.county_code as "countyCode", min(${lastDay})::text as issued, max(${lastDay})::text as modified
		from assessment_rounds r
		join assessment_templates t on t.id = r.template_id and t.archived_at is null
		where r.archived_at is null
			and (r.closed_on is not null or r.closes_on < ${today}::date)
			and (select count(*) from assessment_answers a where a.round_id = r.id) >= ${k}
		group by r.county_code
		order by r.county_code`)) as unknown as { countyCode: string; issued: string; modified: string }[];
}
