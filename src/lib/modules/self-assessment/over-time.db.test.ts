import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { followUpOverview } from '../followup/server/dashboard.ts';
import { publishCountyIndicators } from './indicators.server.ts';
import { aggregateCatalogue, aggregateDatasets } from './open-data.server.ts';
import { workplaceTrendOf } from './over-time.server.ts';
import { statementRows } from './domain/statement-rows.ts';
import { currentTemplate, roundForAnswer, roundView } from './read.server.ts';
import { openRound, rewordStatement, submitAnswer } from './service.server.ts';
import { templateForEditing } from './template.server.ts';

/** The Dialogguide over time: a workplace's trend, statements, the county's indicator, template edits. */

const database = databaseForFile();
const { coordinator, editor, reader } = castForFile(database, 'coordinator', 'editor', 'reader');

async function template() {
	const found = await currentTemplate(database.db, '17');
	if (found.kind !== 'ok') throw new Error(found.kind);
	return found.value;
}

/** A round of "Hemtjänst Öst" answered by `people` with one score, closed after its last day. */
async function round(opensOn: string, closesOn: string, people: number, score: string) {
	const tpl = await template();
	const opened = await openRound(
		database.db,
		editor.actor,
		'17',
		{
			templateId: String(tpl.id),
			organisationId: String(await organisationId(database.db, 'Arvika kommun')),
			workplace: people % 2 ? 'Hemtjänst Öst' : ' hemtjänst öst ',
			closesOn,
			mode: 'codes',
			codeCount: String(Math.max(people, 3))
		},
		opensOn
	);
	if (opened.kind !== 'ok') throw new Error(JSON.stringify(opened));
	for (const code of opened.value.codes.slice(0, people)) {
		// the first statement is "vet inte" for everyone: its cell stays under K
		const scores = Object.fromEntries(
			tpl.statements.map((s, i) => [`s${s.id}`, i === 0 ? 'vet-inte' : score])
		);
		const done = await submitAnswer(database.db, opened.value.token, { code, ...scores }, opensOn);
		if (done.kind !== 'ok') throw new Error(JSON.stringify(done));
	}
	return opened.value.id;
}

describe('a workplace over time', () => {
	test('its closed rounds in order, a round under K hidden, the change per dimension', async () => {
		const first = await round('2025-03-01', '2025-03-20', 5, '2');
		const small = await round('2025-09-01', '2025-09-20', 4, '5');
		const last = await round('2026-03-01', '2026-03-20', 6, '4');
		const open = await round('2026-11-01', '2026-12-20', 5, '1');
		const trend = await workplaceTrendOf(database.db, editor.actor, '17', last, '2026-04-01', 5);
		if (trend.kind !== 'ok') throw new Error(trend.kind);
		expect(trend.value.rows.map((r) => [r.id, r.shown, r.respondents])).toEqual([
			[first, true, 5],
			[small, false, 4],
			[last, true, 6]
		]);
		expect(trend.value.rows.map((r) => r.id)).not.toContain(open);
		const person = trend.value.dimensions.find((d) => d.key === 'person')!;
		expect(person.change).toBe(2);
		expect(trend.value.rows[1]!.cells.every((c) => c.median === null)).toBe(true);
		expect(
			(await workplaceTrendOf(database.db, reader.actor, '17', last, '2026-04-01', 5)).kind
		).toBe('forbidden');
	});

	test('results per statement: a statement fewer than K scored is hidden', async () => {
		const tpl = await template();
		const id = await round('2026-01-10', '2026-01-20', 6, '3');
		const view = await roundView(database.db, editor.actor, '17', id, '2026-02-01', 5);
		if (view.kind !== 'ok' || view.value.results.state !== 'shown') throw new Error('not shown');
		const rows = statementRows(view.value.results, view.value.template.dimensions);
		expect(rows).toHaveLength(tpl.statements.length);
		expect(rows[0]!.own).toEqual({ shown: false });
		expect(rows[1]!.own).toMatchObject({ shown: true, n: 6, median: 3 });
		for (const r of rows) if (r.own.shown) expect(r.own.n).toBeGreaterThanOrEqual(5);
	});
});

describe('the county’s result on "Följ omställningen"', () => {
	test('each value with its answers and rounds; under its focus shift with its trend', async () => {
		const done = await publishCountyIndicators(database.db, new Date('2026-12-31T12:00:00Z'), 5);
		expect(done.kind).toBe('ok');
		const values = (await database.db.execute(sql`
			select m.period, m.count, m.basis, m.source from indicators i
			join measurements m on m.indicator_id = i.id
			where i.county_code = '17' and i.title = 'Dialogguiden: Från organisation till person och relation'
			order by m.period`)) as unknown as Record<string, unknown>[];
		expect(values).toEqual([
			{ period: 2025, count: 5, basis: '5 svar i 1 omgång', source: 'Nära – Dialogguiden' },
			{ period: 2026, count: 17, basis: '17 svar i 3 omgångar', source: 'Nära – Dialogguiden' }
		]);
		// with a higher K, a year that no longer reaches it loses its value
		await publishCountyIndicators(database.db, new Date('2026-12-31T12:00:00Z'), 6);
		const stricter = (await database.db.execute(sql`
			select m.period, m.basis from indicators i join measurements m on m.indicator_id = i.id
			where i.county_code = '17' and i.title = 'Dialogguiden: Från organisation till person och relation'
			order by m.period`)) as unknown as Record<string, unknown>[];
		expect(stricter).toEqual([{ period: 2026, basis: '12 svar i 2 omgångar' }]);
		await publishCountyIndicators(database.db, new Date('2026-12-31T12:00:00Z'), 5);
		const overview = await followUpOverview(database.db, reader.actor, '17');
		if (overview.kind !== 'ok') throw new Error(overview.kind);
		const person = overview.value.groups.find((g) => g.key === 'person')!;
		const own = person.own.find((i) => i.title.startsWith('Dialogguiden'))!;
		expect(own.figure?.credit).toBe('Källa: Nära – Dialogguiden');
		expect(own.figure?.trend.filter((p) => p.value !== null).map((p) => p.period)).toEqual([
			2025, 2026
		]);
		expect(own.restsOn).toBe('17 svar i 3 omgångar');
		// the development areas follow no focus shift: listed apart
		expect(overview.value.ownUnlinked.map((i) => i.title)).toContain(
			'Dialogguiden: Digitala lösningar och välfärdsteknik'
		);
	});
});

describe('the county’s aggregate as open data', () => {
	test('listed for a county with closed rounds of at least K answers, with its three files', async () => {
		const listed = await aggregateDatasets(database.db, '2026-12-31', 5);
		expect(listed.map((d) => [d.countyCode, d.issued, d.modified])).toEqual([
			['17', '2025-03-20', '2026-12-20']
		]);
		// a stricter K: the rounds of five answers no longer count
		const stricter = await aggregateDatasets(database.db, '2026-12-31', 6);
		expect(stricter.map((d) => [d.issued, d.modified])).toEqual([['2026-01-20', '2026-03-20']]);
		const [dataset] = aggregateCatalogue('https://nara.exempel.se', listed);
		expect(dataset!.distributions.map((f) => f.url)).toEqual([
			'https://nara.exempel.se/lan/varmland/dialogguide/lanet/dialogguiden.csv',
			'https://nara.exempel.se/lan/varmland/dialogguide/lanet/dialogguiden.xlsx',
			'https://nara.exempel.se/api/counties/17/self-assessment/results'
		]);
		expect(dataset!.description).toContain('Inga enskilda svar');
	});
});

describe('editing the template', () => {
	test('a new wording retires the old statement in a new version; answers stay with the old words', async () => {
		const tpl = await template();
		const target = tpl.statements[1]!;
		const { token } = await openRound(
			database.db,
			editor.actor,
			'17',
			{
				templateId: String(tpl.id),
				organisationId: String(await organisationId(database.db, 'Arvika kommun')),
				workplace: 'Före ändringen',
				closesOn: '2026-12-31',
				mode: 'link',
				codeCount: ''
			},
			'2026-06-01'
		).then((o) => (o.kind === 'ok' ? o.value : Promise.reject(new Error(o.kind))));
		const input = { version: String(tpl.version), text: 'Vi frågar alltid vad som är viktigt.' };
		expect(
			(await rewordStatement(database.db, editor.actor, '17', tpl.id, target.id, input)).kind
		).toBe('forbidden');
		expect(
			await rewordStatement(database.db, coordinator.actor, '17', tpl.id, target.id, {
				version: String(tpl.version),
				text: target.text,
				source: target.source ?? '',
				quote: target.quote
			})
		).toMatchObject({ kind: 'invalid' });
		expect(
			await rewordStatement(database.db, coordinator.actor, '17', tpl.id, target.id, {
				...input,
				text: ''
			})
		).toMatchObject({ kind: 'invalid', fields: { text: [expect.any(String)] } });
		const done = await rewordStatement(
			database.db,
			coordinator.actor,
			'17',
			tpl.id,
			target.id,
			input
		);
		expect(done).toEqual({ kind: 'ok', value: { version: tpl.version + 1 } });
		// stale form: a conflict, nothing written
		expect(
			(await rewordStatement(database.db, coordinator.actor, '17', tpl.id, target.id, input)).kind
		).toBe('conflict');
		const now = await template();
		const i = now.statements.findIndex((s) => s.text === input.text);
		expect(i).toBe(1);
		expect(now.statements.map((s) => s.id)).not.toContain(target.id);
		const old = await roundForAnswer(database.db, token, '2026-06-02');
		expect(old.kind === 'ok' && old.value.template.statements[1]!.text).toBe(target.text);
		const editing = await templateForEditing(database.db, coordinator.actor, '17', tpl.id);
		expect(editing.kind === 'ok' && editing.value.retired).toEqual([
			expect.objectContaining({ id: target.id, retiredInVersion: tpl.version + 1 })
		]);
		expect((await templateForEditing(database.db, editor.actor, '17', tpl.id)).kind).toBe(
			'forbidden'
		);
		const entries = await auditOf(database.db, 'assessment_template', tpl.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]!.action).toBe('update');
	});
});
