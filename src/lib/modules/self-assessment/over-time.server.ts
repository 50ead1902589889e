import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { canManageRound } from './domain/permissions.ts';
import { isClosed, lastDay } from './domain/round.ts';
import type { Score } from './domain/scale.ts';
import type { Answer } from './domain/scoring.ts';
import { effectiveK } from './domain/suppression.ts';
import { trendChange, workplaceTrend, type WorkplaceTrendView } from './domain/trend.ts';
import * as h from './history-queries.server.ts';
import * as q from './queries.server.ts';

/**
 * A workplace over time: its closed rounds (the same organisation, the same
 * workplace name, the same template) one after the other, with the median
 * per dimension of each – only rounds and cells with at least K answers. A
 * manager sees the rounds they manage; coordinators see all of them.
 */

function answersOf(rows: Awaited<ReturnType<typeof q.scoresOf>>): Map<number, Answer[]> {
	const byAnswer = new Map<string, { roundId: number; answer: Answer }>();
	for (const r of rows) {
		let a = byAnswer.get(r.answerId);
		if (!a)
			byAnswer.set(r.answerId, (a = { roundId: r.roundId, answer: { group: '', scores: {} } }));
		a.answer.scores[r.statementId] = r.score as Score;
	}
	const out = new Map<number, Answer[]>();
	for (const { roundId, answer } of byAnswer.values())
		out.set(roundId, [...(out.get(roundId) ?? []), answer]);
	return out;
}

export async function workplaceTrendOf(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	today: string,
	kSetting: number
): Promise<Outcome<WorkplaceTrendView>> {
	if (!isRowId(id)) return notFound('Omgången finns inte.');
	const found = await q.round(db, countyCode, id);
	if (!found) return notFound('Omgången finns inte.');
	if (!canManageRound(actor, countyCode, found.round))
		return forbidden('Bara omgångens chef och länets samordnare ser omgången.');
	const k = effectiveK(kSetting);
	const rounds = (await h.workplaceRounds(db, countyCode, found.round)).filter(
		(r) => isClosed(r.round, today) && canManageRound(actor, countyCode, r.round)
	);
	// only rounds that reached K are read at all
	const published = rounds.filter((r) => r.answers >= k);
	const answers = answersOf(
		await q.scoresOf(
			db,
			published.map((r) => r.round.id)
		)
	);
	const versions = new Map<number, Awaited<ReturnType<typeof q.statements>>>();
	for (const v of new Set(rounds.map((r) => r.round.templateVersion)))
		versions.set(v, await q.statements(db, found.round.templateId, v));
	const dimensions = (await q.dimensions(db, found.round.templateId)).map((d) => ({
		key: d.key,
		title: d.title
	}));
	const rows = workplaceTrend(
		rounds.map((r) => ({
			id: r.round.id,
			lastDay: lastDay(r.round),
			// a round under K is counted, never read: its answers stay out of the page
			answers:
				r.answers >= k
					? (answers.get(r.round.id) ?? [])
					: Array.from({ length: r.answers }, () => ({ group: '', scores: {} })),
			statements: versions.get(r.round.templateVersion)!
		})),
		dimensions,
		k
	);
	return ok({
		k,
		workplace: found.round.workplace,
		dimensions: dimensions.map((d) => ({ ...d, change: trendChange(rows, d.key) })),
		rows
	});
}
