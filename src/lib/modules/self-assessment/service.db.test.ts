import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditOf, lastAuditId, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import {
	countyOverview,
	currentTemplate,
	personalProfile,
	roundForAnswer,
	roundView
} from './read.server.ts';
import {
	addStatement,
	closeRound,
	openRound,
	retireStatement,
	saveConsensus,
	submitAnswer
} from './service.server.ts';
import * as t from './tables.ts';

/** The Dialogguide against a real database: rounds answered anonymously, results only above K. */

const database = databaseForFile();
const { coordinator, editor, reader } = castForFile(database, 'coordinator', 'editor', 'reader');
const TODAY = '2026-03-02';
const AFTER = '2026-03-20';

async function template() {
	const found = await currentTemplate(database.db, '17');
	if (found.kind !== 'ok') throw new Error(found.kind);
	return found.value;
}

const allScored = (statements: { id: number }[], score: string) =>
	Object.fromEntries(statements.map((s, i) => [`s${s.id}`, i === 0 ? 'vet-inte' : score]));

async function open(codeCount: number, workplace = 'Hemtjänst Norr') {
	const tpl = await template();
	const opened = await openRound(
		database.db,
		editor.actor,
		'17',
		{
			templateId: String(tpl.id),
			organisationId: String(await organisationId(database.db, 'Arvika kommun')),
			workplace,
			closesOn: '2026-03-15',
			mode: 'codes',
			codeCount: String(codeCount)
		},
		TODAY
	);
	if (opened.kind !== 'ok') throw new Error(JSON.stringify(opened));
	return { ...opened.value, tpl };
}

describe('the seeded template', () => {
	test('Värmland’s has eight dimensions and every statement quotes its source', async () => {
		const tpl = await template();
		expect(tpl.dimensions).toHaveLength(8);
		expect(tpl.statements.length).toBe(16);
		for (const s of tpl.statements) expect(s.quote.length).toBeGreaterThan(10);
	});
});

describe('the personal test', () => {
	test('gives a profile, the roadmap’s text for the weakest dimensions and stores nothing', async () => {
		const tpl = await template();
		const before = await rowCount(database.db, t.assessmentAnswers);
		const scores = Object.fromEntries(
			tpl.statements.map((s) => [`s${s.id}`, s.dimensionKey === 'digital' ? '1' : '4'])
		);
		const profile = await personalProfile(database.db, '17', scores);
		expect(profile.kind).toBe('ok');
		if (profile.kind !== 'ok') return;
		expect(profile.value.dimensions.find((d) => d.key === 'digital')!.value).toBe(1);
		expect(profile.value.weakest[0]!.key).toBe('digital');
		expect(profile.value.weakest[0]!.roadmapText).toContain('digitalisering');
		expect(await rowCount(database.db, t.assessmentAnswers)).toBe(before);
	});

	test('an unanswered or out-of-range statement is named', async () => {
		const tpl = await template();
		const scores = allScored(tpl.statements, '4');
		scores[`s${tpl.statements[2]!.id}`] = '7';
		delete scores[`s${tpl.statements[3]!.id}`];
		const profile = await personalProfile(database.db, '17', scores);
		expect(profile).toMatchObject({
			kind: 'invalid',
			fields: {
				[`s${tpl.statements[2]!.id}`]: ['Svaret på påstående 3 ska vara 1–5 eller ”Vet inte”.']
			}
		});
		expect(
			profile.kind === 'invalid' && profile.fields[`s${tpl.statements[3]!.id}`]?.[0]
		).toContain('påstående 4');
	});
});

describe('a round', () => {
	test('eight answers with codes → results per dimension beside the county, each write of the manager audited', async () => {
		const since = await lastAuditId(database.db);
		const { id, token, codes, tpl } = await open(10);
		expect(codes).toHaveLength(10);
		for (const [i, code] of codes.slice(0, 8).entries())
			expect(
				(
					await submitAnswer(
						database.db,
						token,
						{
							code: code.toLowerCase().replace('-', ' '),
							...allScored(tpl.statements, String((i % 5) + 1))
						},
						TODAY
					)
				).kind
			).toBe('ok');
		// the results wait for the round to close
		const early = await roundView(database.db, editor.actor, '17', id, TODAY, 5);
		expect(early.kind === 'ok' && early.value.results.state).toBe('open');
		expect(
			(await closeRound(database.db, editor.actor, '17', id, { revision: '1' }, TODAY)).kind
		).toBe('ok');
		const view = await roundView(database.db, editor.actor, '17', id, TODAY, 5);
		if (view.kind !== 'ok' || view.value.results.state !== 'shown')
			throw new Error(JSON.stringify(view));
		const person = view.value.results.workplace.dimensions.find((d) => d.key === 'person')!;
		expect(person.cell).toMatchObject({ shown: true, n: 8 });
		expect(view.value.results.county.dimensions[0]!.cell.shown).toBe(true);
		expect(view.value.codes.filter((c) => c.used)).toHaveLength(8);
		const entries = await auditOf(database.db, 'assessment_round', id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries.every((e) => e.id > since)).toBe(true);
		// nobody else's round
		expect((await roundView(database.db, reader.actor, '17', id, TODAY, 5)).kind).toBe('forbidden');
	});

	test('four answers → hidden, and the page is told why', async () => {
		const { id, token, codes, tpl } = await open(5, 'Vårdcentral Syd');
		for (const code of codes.slice(0, 4))
			await submitAnswer(database.db, token, { code, ...allScored(tpl.statements, '3') }, TODAY);
		const view = await roundView(database.db, editor.actor, '17', id, AFTER, 5);
		expect(view.kind === 'ok' && view.value.results).toEqual({
			state: 'too_few',
			k: 5,
			answers: 4
		});
	});

	test('a used code, an unknown code, a closed round, an out-of-range score and a forged form write nothing', async () => {
		const { token, codes, tpl } = await open(3, 'Rehab Väst');
		const good = allScored(tpl.statements, '4');
		expect((await submitAnswer(database.db, token, { code: codes[0]!, ...good }, TODAY)).kind).toBe(
			'ok'
		);
		const answers = await rowCount(database.db, t.assessmentAnswers);
		const audit = await lastAuditId(database.db);
		const used = await submitAnswer(database.db, token, { code: codes[0]!, ...good }, TODAY);
		expect(used).toMatchObject({
			kind: 'invalid',
			fields: { code: [expect.stringContaining('redan använd')] }
		});
		expect(
			(await submitAnswer(database.db, token, { code: 'AAAA-BBBB', ...good }, TODAY)).kind
		).toBe('invalid');
		const outOfRange = await submitAnswer(
			database.db,
			token,
			{ code: codes[1]!, ...good, [`s${tpl.statements[1]!.id}`]: '6' },
			TODAY
		);
		expect(outOfRange.kind).toBe('invalid');
		const forged = await submitAnswer(
			database.db,
			token,
			{ code: codes[1]!, [`s${tpl.statements[1]!.id}`]: '4' },
			TODAY
		);
		expect(forged.kind).toBe('invalid');
		const closed = await submitAnswer(database.db, token, { code: codes[1]!, ...good }, AFTER);
		expect(closed).toMatchObject({
			kind: 'invalid',
			message: 'Omgången är stängd och tar inte emot fler svar.'
		});
		expect((await submitAnswer(database.db, 'no-such-round', good, TODAY)).kind).toBe('not_found');
		expect(await rowCount(database.db, t.assessmentAnswers)).toBe(answers);
		expect(await lastAuditId(database.db)).toBe(audit);
		// the code refused as out of range is still unused
		expect((await submitAnswer(database.db, token, { code: codes[1]!, ...good }, TODAY)).kind).toBe(
			'ok'
		);
	});

	test('the consensus and the next step are saved after closing, audited; a stale revision is a conflict', async () => {
		const { id } = await open(3, 'Mottagning Öst');
		expect(
			(await saveConsensus(database.db, editor.actor, '17', id, { revision: '1' }, TODAY)).kind
		).toBe('invalid');
		const form = {
			revision: '1',
			'score.person': '3',
			'note.person': 'Vi är på väg',
			nextWhat: 'Fråga vad som är viktigt',
			nextOwner: 'Enhetschefen',
			nextDue: '2026-06-01'
		};
		expect((await saveConsensus(database.db, editor.actor, '17', id, form, AFTER)).kind).toBe('ok');
		expect((await saveConsensus(database.db, editor.actor, '17', id, form, AFTER)).kind).toBe(
			'conflict'
		);
		expect(
			(
				await saveConsensus(
					database.db,
					editor.actor,
					'17',
					id,
					{ ...form, revision: '2', 'score.person': '9' },
					AFTER
				)
			).kind
		).toBe('invalid');
		// a next step without an owner or a date is named in Swedish and not saved
		const bare = { ...form, revision: '2', nextWhat: 'Något annat', nextOwner: '', nextDue: '' };
		expect(await saveConsensus(database.db, editor.actor, '17', id, bare, AFTER)).toMatchObject({
			kind: 'invalid',
			fields: {
				nextOwner: ['Skriv vem som ansvarar för nästa steg.'],
				nextDue: ['Skriv när nästa steg ska vara klart (ÅÅÅÅ-MM-DD).']
			}
		});
		const view = await roundView(database.db, editor.actor, '17', id, AFTER, 5);
		expect(view.kind === 'ok' && view.value.consensus).toEqual({
			person: { score: 3, note: 'Vi är på väg' }
		});
		expect(view.kind === 'ok' && view.value.nextSteps).toEqual([
			{ what: 'Fråga vad som är viktigt', owner: 'Enhetschefen', dueOn: '2026-06-01' }
		]);
		expect((await auditOf(database.db, 'assessment_round', id)).map((e) => e.action)).toEqual([
			'create',
			'update'
		]);
	});

	test('a manager cannot open a round for another organisation', async () => {
		const tpl = await template();
		const other = await openRound(
			database.db,
			editor.actor,
			'17',
			{
				templateId: String(tpl.id),
				organisationId: String(await organisationId(database.db, 'Karlstads kommun')),
				workplace: 'X',
				closesOn: '2026-04-01',
				mode: 'link'
			},
			TODAY
		);
		expect(other.kind).toBe('forbidden');
		expect((await openRound(database.db, anonymous, '17', {}, TODAY)).kind).toBe('forbidden');
	});
});

describe('the template', () => {
	test('coordinators add and retire statements in new versions; rounds keep the version they were opened with', async () => {
		const tpl = await template();
		const { token } = await open(3, 'Versionstest');
		const added = await addStatement(database.db, coordinator.actor, '17', tpl.id, {
			version: String(tpl.version),
			dimensionKey: 'digital',
			text: 'Vi testar ny välfärdsteknik tillsammans med brukarna.'
		});
		expect(added).toEqual({ kind: 'ok', value: { version: tpl.version + 1 } });
		const retired = await retireStatement(
			database.db,
			coordinator.actor,
			'17',
			tpl.id,
			tpl.statements[0]!.id,
			{ version: String(tpl.version + 1) }
		);
		expect(retired.kind).toBe('ok');
		const now = await template();
		expect(now.statements.map((s) => s.id)).not.toContain(tpl.statements[0]!.id);
		expect(now.statements.some((s) => s.text.startsWith('Vi testar ny'))).toBe(true);
		const round = await roundForAnswer(database.db, token, TODAY);
		expect(round.kind === 'ok' && round.value.template.statements.map((s) => s.id)).toEqual(
			tpl.statements.map((s) => s.id)
		);
		expect(
			(
				await addStatement(database.db, coordinator.actor, '17', tpl.id, {
					version: String(tpl.version),
					dimensionKey: 'digital',
					text: 'Gammal version'
				})
			).kind
		).toBe('conflict');
		expect(
			(
				await addStatement(database.db, editor.actor, '17', tpl.id, {
					version: String(now.version),
					dimensionKey: 'digital',
					text: 'x'
				})
			).kind
		).toBe('forbidden');
		expect((await auditOf(database.db, 'assessment_template', tpl.id)).length).toBe(2);
	});
});

describe('anonymity by construction', () => {
	test('the answers hold no account, address, agent or time finer than the date', async () => {
		const columns = (await database.db.execute(sql`
			select table_name, column_name, data_type from information_schema.columns
			where table_name in ('assessment_answers', 'assessment_scores', 'assessment_codes') order by table_name, ordinal_position`)) as unknown as {
			table_name: string;
			column_name: string;
			data_type: string;
		}[];
		expect(columns.map((c) => `${c.table_name}.${c.column_name} ${c.data_type}`)).toEqual([
			'assessment_answers.id uuid',
			'assessment_answers.round_id integer',
			'assessment_answers.answered_on date',
			'assessment_codes.round_id integer',
			'assessment_codes.code text',
			'assessment_codes.used smallint',
			'assessment_scores.answer_id uuid',
			'assessment_scores.statement_id integer',
			'assessment_scores.score smallint'
		]);
		for (const c of columns) {
			expect(c.data_type).not.toMatch(/timestamp|time|inet|cidr/);
			expect(c.column_name).not.toMatch(/user|account|ip|addr|agent|session|email|created|at$/);
		}
	});

	test('the county overview shows only rounds with at least K answers', async () => {
		const overview = await countyOverview(database.db, '17', AFTER, 5);
		if (overview.kind !== 'ok') throw new Error(overview.kind);
		for (const p of overview.value.periods)
			if (p.county.shown) expect(p.county.n).toBeGreaterThanOrEqual(5);
		const person = overview.value.periods.find(
			(p) => p.key === 'person' && p.period === '2026 H1'
		)!;
		expect(person.county).toMatchObject({ shown: true, n: 8, rounds: 1 });
	});
});

describe('the county’s result as indicators', () => {
	test('one own indicator per dimension with a yearly value and the answers behind it; targets can be set', async () => {
		const { publishCountyIndicators } = await import('./indicators.server.ts');
		const { setTarget } = await import('../followup/server/service.ts');
		const now = new Date('2026-12-31T12:00:00Z');
		const first = await publishCountyIndicators(database.db, now, 5);
		expect(first).toMatchObject({ kind: 'ok', value: { indicators: 8 + 5 } });
		const rows = (await database.db.execute(sql`
			select i.id, i.title, m.period, m.value, m.count, m.basis, m.source, l.kind, l.key
			from indicators i join indicator_links l on l.indicator_id = i.id
			left join measurements m on m.indicator_id = i.id
			where i.county_code = '17' and i.title = 'Dialogguiden: Från organisation till person och relation'`)) as unknown as Record<
			string,
			unknown
		>[];
		expect(rows).toEqual([
			expect.objectContaining({
				period: 2026,
				count: 8,
				basis: '8 svar i 1 omgång',
				source: 'Nära – Dialogguiden',
				kind: 'focus_shift',
				key: 'person'
			})
		]);
		// again: the same indicators, no duplicates
		await publishCountyIndicators(database.db, now, 5);
		const again = (await database.db.execute(
			sql`select count(*)::int as n from indicators where title like 'Dialogguiden:%'`
		)) as unknown as { n: number }[];
		expect(again[0]!.n).toBe(13);
		const target = await setTarget(database.db, coordinator.actor, '17', {
			indicatorId: String(rows[0]!.id),
			areaId: '0017',
			period: '2027',
			gender: 'T',
			value: '3,5',
			note: ''
		});
		expect(target.kind).toBe('ok');
	});
});
