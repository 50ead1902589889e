import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { countyAggregate, type PeriodAggregate } from './domain/aggregate.ts';
import { canManageRound, canOpenRound, canOpenRounds } from './domain/permissions.ts';
import { isClosed, isOpen, lastDay } from './domain/round.ts';
import { reading, type Score } from './domain/scale.ts';
import { dimensionResults, personValue, type Answer } from './domain/scoring.ts';
import { effectiveK } from './domain/suppression.ts';
import * as q from './queries.server.ts';
import { answerSchema } from './schema.ts';

/** The Dialogguide's reads: the personal test, a round for answering, a round's results, the county. */

export interface TemplateView {
	id: number;
	title: string;
	intro: string;
	version: number;
	source: string | null;
	dimensions: {
		key: string;
		title: string;
		kind: string;
		roadmapText: string;
		source: string | null;
		quote: string;
	}[];
	statements: {
		id: number;
		text: string;
		dimensionKey: string;
		source: string | null;
		quote: string;
	}[];
}

async function templateView(
	db: Db,
	row: q.TemplateRow,
	version = row.version
): Promise<TemplateView> {
	const dims = await q.dimensions(db, row.id);
	return {
		id: row.id,
		title: row.title,
		intro: row.intro,
		version,
		source: row.source,
		dimensions: dims.map((d) => ({
			key: d.key,
			title: d.title,
			kind: d.kind,
			roadmapText: d.roadmapText,
			source: d.source,
			quote: d.quote
		})),
		statements: await q.statements(db, row.id, version)
	};
}

/** The county's current template (its first that is not archived). */
export async function currentTemplate(db: Db, countyCode: string): Promise<Outcome<TemplateView>> {
	const [row] = await q.templates(db, countyCode);
	if (!row) return notFound('Länet har ingen mall för Dialogguiden än.');
	return ok(await templateView(db, row));
}

export async function templatesOf(db: Db, countyCode: string): Promise<TemplateView[]> {
	return Promise.all((await q.templates(db, countyCode)).map((r) => templateView(db, r)));
}

export interface Profile {
	dimensions: { key: string; title: string; value: number | null; reading: string | null }[];
	weakest: {
		key: string;
		title: string;
		roadmapText: string;
		source: string | null;
		examples: { id: number; title: string; goodExample: boolean }[];
	}[];
}

/**
 * The personal test's result: the person's value per dimension with a plain
 * reading, and for the weakest dimensions the roadmap's text and examples
 * from the county's inventory. Nothing is stored.
 */
export async function personalProfile(
	db: Db,
	countyCode: string,
	raw: Record<string, string>
): Promise<Outcome<Profile>> {
	const found = await currentTemplate(db, countyCode);
	if (found.kind !== 'ok') return found;
	const t = found.value;
	const parsed = answerSchema(t.statements.map((s) => s.id)).safeParse(raw);
	if (!parsed.success)
		return invalid(
			'Svara på alla påståenden, eller välj ”Vet inte”.',
			fieldErrors(parsed.error.issues)
		);
	const answer: Answer = {
		group: 'jag',
		scores: Object.fromEntries(
			t.statements.map((s) => [s.id, (parsed.data as Record<string, Score>)[`s${s.id}`] ?? null])
		)
	};
	const dimensions = t.dimensions.map((d) => {
		const value = personValue(answer, t.statements, d.key);
		return {
			key: d.key,
			title: d.title,
			value: value === null ? null : Math.round(value * 10) / 10,
			reading: value === null ? null : reading(value)
		};
	});
	const scored = dimensions.filter((d) => d.value !== null).sort((a, b) => a.value! - b.value!);
	const lowest = scored.length ? scored[0]!.value! : null;
	// the lowest, and the next lowest if it too is under "ganska bra"
	const weakKeys = scored
		.filter((d, i) => d.value === lowest || (i < 2 && d.value! < 4))
		.map((d) => d.key);
	const dims = await q.dimensions(db, t.id);
	const weakest = await Promise.all(
		weakKeys.map(async (key) => {
			const d = dims.find((x) => x.key === key)!;
			return {
				key,
				title: d.title,
				roadmapText: d.roadmapText,
				source: d.source,
				examples: await q.examples(
					db,
					countyCode,
					{ developmentArea: d.developmentArea, focusShift: d.focusShift },
					3
				)
			};
		})
	);
	return ok({ dimensions, weakest });
}

export interface RoundForAnswer {
	countyCode: string;
	workplace: string;
	organisation: string;
	mode: 'codes' | 'link';
	open: boolean;
	closed: boolean;
	closesOn: string;
	template: TemplateView;
}

export async function roundForAnswer(
	db: Db,
	token: string,
	today: string
): Promise<Outcome<RoundForAnswer>> {
	const row = await q.roundByToken(db, token);
	if (!row || row.archivedAt) return notFound('Omgången finns inte. Kontrollera länken.');
	const found = await q.round(db, row.countyCode, row.id);
	const template = await q.template(db, row.countyCode, row.templateId);
	return ok({
		countyCode: row.countyCode,
		workplace: row.workplace,
		organisation: found!.organisation,
		mode: row.mode,
		open: isOpen(row, today),
		closed: isClosed(row, today),
		closesOn: lastDay(row),
		template: await templateView(db, template!, row.templateVersion)
	});
}

export interface RoundSummary {
	id: number;
	workplace: string;
	organisation: string;
	manager: string;
	closesOn: string;
	closed: boolean;
	answers: number;
	mode: 'codes' | 'link';
}

const summary = (r: Awaited<ReturnType<typeof q.rounds>>[number], today: string): RoundSummary => ({
	id: r.round.id,
	workplace: r.round.workplace,
	organisation: r.organisation,
	manager: r.manager,
	closesOn: lastDay(r.round),
	closed: isClosed(r.round, today),
	answers: r.answers,
	mode: r.round.mode
});

/** The rounds the person manages (the coordinators and administrators: all of the county's). */
export async function listRounds(
	db: Db,
	actor: Actor,
	countyCode: string,
	today: string
): Promise<Outcome<RoundSummary[]>> {
	if (actor.kind !== 'user' && actor.kind !== 'system')
		return forbidden('Logga in för att se dina omgångar.');
	const all = canManageRound(actor, countyCode, { managerId: -1 });
	if (!all && !canOpenRounds(actor, countyCode)) return forbidden();
	const rows = await q.rounds(db, countyCode, all || actor.kind !== 'user' ? null : actor.userId);
	return ok(rows.map((r) => summary(r, today)));
}

export type RoundResults =
	| { state: 'open' }
	| { state: 'too_few'; k: number; answers: number }
	| {
			state: 'shown';
			k: number;
			workplace: ReturnType<typeof dimensionResults>;
			county: ReturnType<typeof dimensionResults>;
			countyRounds: number;
	  };

export interface RoundView {
	summary: RoundSummary;
	revision: number;
	token: string;
	codes: { code: string; used: boolean }[];
	template: TemplateView;
	consensus: q.RoundRow['consensus'];
	nextSteps: q.RoundRow['nextSteps'];
	results: RoundResults;
}

function answersFrom(
	rows: Awaited<ReturnType<typeof q.scoresOf>>,
	group: (roundId: number) => string
): Answer[] {
	const by = new Map<string, Answer>();
	for (const r of rows) {
		let a = by.get(r.answerId);
		if (!a) by.set(r.answerId, (a = { group: group(r.roundId), scores: {} }));
		a.scores[r.statementId] = r.score as Score;
	}
	return [...by.values()];
}

/**
 * A round for its manager: its codes, and – once it is closed and at least K
 * answered – its results per dimension and statement beside the county's
 * closed rounds of the same template (only those that reached K).
 */
export async function roundView(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	today: string,
	kSetting: number
): Promise<Outcome<RoundView>> {
	if (!isRowId(id)) return notFound('Omgången finns inte.');
	const found = await q.round(db, countyCode, id);
	if (!found) return notFound('Omgången finns inte.');
	if (!canManageRound(actor, countyCode, found.round))
		return forbidden('Bara omgångens chef och länets samordnare ser omgången.');
	const k = effectiveK(kSetting);
	const template = await templateView(
		db,
		(await q.template(db, countyCode, found.round.templateId))!,
		found.round.templateVersion
	);
	const codes =
		found.round.mode === 'codes'
			? (await q.codesOf(db, id)).map((c) => ({ code: c.code, used: c.used === 1 }))
			: [];
	let results: RoundResults;
	if (!isClosed(found.round, today)) results = { state: 'open' };
	else if (found.answers < k) results = { state: 'too_few', k, answers: found.answers };
	else {
		const own = answersFrom(await q.scoresOf(db, [id]), () => 'own');
		const published = await q.publishedRounds(db, countyCode, found.round.templateId, today, k);
		const county = answersFrom(
			await q.scoresOf(
				db,
				published.map((r) => r.id)
			),
			() => 'county'
		);
		// the county's results over every version's statements: by dimension
		const latest = await templateView(
			db,
			(await q.template(db, countyCode, found.round.templateId))!
		);
		const allStatements = [
			...new Map([...template.statements, ...latest.statements].map((s) => [s.id, s])).values()
		];
		results = {
			state: 'shown',
			k,
			workplace: dimensionResults(own, template.dimensions, template.statements, k),
			county: dimensionResults(county, template.dimensions, allStatements, k),
			countyRounds: published.length
		};
	}
	return ok({
		summary: summary(found, today),
		revision: found.round.revision,
		token: found.round.token,
		codes,
		template,
		consensus: found.round.consensus,
		nextSteps: found.round.nextSteps,
		results
	});
}

export interface CountyOverview {
	k: number;
	template: TemplateView;
	periods: PeriodAggregate[];
	organisations: Map<number, string>;
}

/** The county's aggregate per dimension, half-year and organisation (cells under K folded or hidden). */
export async function countyOverview(
	db: Db,
	countyCode: string,
	today: string,
	kSetting: number
): Promise<Outcome<CountyOverview>> {
	const found = await currentTemplate(db, countyCode);
	if (found.kind !== 'ok') return found;
	const k = effectiveK(kSetting);
	const rows = await q.countyAggregate(db, countyCode, found.value.id, today, k);
	const orgs = await q.countyOrganisations(db, countyCode);
	return ok({
		k,
		template: found.value,
		periods: countyAggregate(rows, k),
		organisations: new Map(orgs.map((o) => [o.id, o.name]))
	});
}

/** What a manager chooses from when opening a round: the county's templates and their own organisations. */
export async function roundChoices(db: Db, actor: Actor, countyCode: string) {
	if (!canOpenRounds(actor, countyCode))
		return forbidden<never>('Du kan inte starta omgångar i länet.');
	const organisations = (await q.countyOrganisations(db, countyCode)).filter((o) =>
		canOpenRound(actor, countyCode, o.id)
	);
	const templates = (await q.templates(db, countyCode)).map((t) => ({
		id: t.id,
		title: t.title,
		version: t.version
	}));
	return ok({ organisations, templates });
}

/** A round's results as the rows of its table: the workplace and the county per dimension. */
export function resultRows(results: Extract<RoundResults, { state: 'shown' }>) {
	return results.workplace.dimensions.map((d) => ({
		key: d.key,
		title: d.title,
		own: d.cell,
		county: results.county.dimensions.find((c) => c.key === d.key)!.cell
	}));
}

/** A round's results for the API: aggregated cells only, never an answer. */
export async function roundResultsForApi(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	today: string,
	k: number
) {
	const view = await roundView(db, actor, countyCode, id, today, k);
	if (view.kind !== 'ok') return view;
	const r = view.value.results;
	return ok({
		round: view.value.summary,
		state: r.state,
		k: r.state === 'open' ? null : r.k,
		dimensions:
			r.state === 'shown'
				? resultRows(r).map((x) => ({
						key: x.key,
						title: x.title,
						workplace: x.own,
						county: x.county
					}))
				: []
	});
}
