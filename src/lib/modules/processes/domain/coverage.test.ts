import { describe, expect, test } from 'vitest';
import {
	compareProcesses,
	coverageCells,
	coverageMatrix,
	gapsByProcess,
	type CoverageInput
} from './coverage.ts';

const row = (
	area: string,
	state: CoverageInput['state'],
	how = '',
	evidence = ''
): CoverageInput => ({ area, state, how, evidence });

const proc = (
	id: number,
	title: string,
	coverage: CoverageInput[],
	level: 'county' | 'subregional' | 'local' = 'county',
	position = id
) => ({ id, title, level, position, coverage });

describe('coverageCells', () => {
	test('no rows: all four areas not assessed (not “not considered”), in the roadmap’s order', () => {
		expect(coverageCells([])).toEqual([
			{ area: 'proactive', state: 'not_assessed', how: '', evidence: '' },
			{ area: 'person_centred', state: 'not_assessed', how: '', evidence: '' },
			{ area: 'bridging', state: 'not_assessed', how: '', evidence: '' },
			{ area: 'digital', state: 'not_assessed', how: '', evidence: '' }
		]);
	});

	test('stored rows keep their state and text; the order of the rows does not matter', () => {
		const cells = coverageCells([
			row('digital', 'worked_through', 'Digitala hälsosamtal', 'Rapport 2024'),
			row('proactive', 'considered', 'Riktade hälsosamtal')
		]);
		expect(cells.map((c) => [c.area, c.state, c.how, c.evidence])).toEqual([
			['proactive', 'considered', 'Riktade hälsosamtal', ''],
			['person_centred', 'not_assessed', '', ''],
			['bridging', 'not_assessed', '', ''],
			['digital', 'worked_through', 'Digitala hälsosamtal', 'Rapport 2024']
		]);
	});

	test('an unknown area is ignored; of two rows for one area the first counts', () => {
		const cells = coverageCells([
			row('telepathy', 'worked_through'),
			row('bridging', 'considered', 'först'),
			row('bridging', 'worked_through', 'sedan')
		]);
		expect(cells).toHaveLength(4);
		expect(cells[2]).toEqual({
			area: 'bridging',
			state: 'considered',
			how: 'först',
			evidence: ''
		});
	});
});

describe('coverageMatrix', () => {
	test('no processes: an empty matrix, a summary of zeros and no gaps', () => {
		const m = coverageMatrix([]);
		expect(m.rows).toEqual([]);
		expect(m.gaps).toEqual([]);
		expect(m.summary).toEqual([
			{
				area: 'proactive',
				workedThrough: 0,
				considered: 0,
				notConsidered: 0,
				notAssessed: 0,
				total: 0
			},
			{
				area: 'person_centred',
				workedThrough: 0,
				considered: 0,
				notConsidered: 0,
				notAssessed: 0,
				total: 0
			},
			{
				area: 'bridging',
				workedThrough: 0,
				considered: 0,
				notConsidered: 0,
				notAssessed: 0,
				total: 0
			},
			{
				area: 'digital',
				workedThrough: 0,
				considered: 0,
				notConsidered: 0,
				notAssessed: 0,
				total: 0
			}
		]);
	});

	test('three processes: rows, the summary per area and every gap', () => {
		const m = coverageMatrix([
			proc(1, 'Fallprevention', [
				row('proactive', 'worked_through', 'Balansträning'),
				row('person_centred', 'considered', 'Vad är viktigt för dig?'),
				row('bridging', 'worked_through', 'Gemensam rutin'),
				row('digital', 'worked_through', 'Digital träning')
			]),
			proc(2, 'Levnadsvanor', [
				row('proactive', 'considered', 'Hälsosamtal'),
				row('person_centred', 'not_considered'),
				row('bridging', 'not_considered'),
				row('digital', 'not_assessed')
			]),
			proc(3, 'Minskade förflyttningar', [row('digital', 'not_considered')])
		]);
		expect(m.rows.map((r) => [r.process.title, r.workedThrough])).toEqual([
			['Fallprevention', 3],
			['Levnadsvanor', 0],
			['Minskade förflyttningar', 0]
		]);
		// the process as given
		expect(m.rows[0]!.process).toMatchObject({ id: 1, title: 'Fallprevention', position: 1 });
		expect(m.summary).toEqual([
			{
				area: 'proactive',
				workedThrough: 1,
				considered: 1,
				notConsidered: 0,
				notAssessed: 1,
				total: 3
			},
			{
				area: 'person_centred',
				workedThrough: 0,
				considered: 1,
				notConsidered: 1,
				notAssessed: 1,
				total: 3
			},
			{
				area: 'bridging',
				workedThrough: 1,
				considered: 0,
				notConsidered: 1,
				notAssessed: 1,
				total: 3
			},
			{
				area: 'digital',
				workedThrough: 1,
				considered: 0,
				notConsidered: 1,
				notAssessed: 1,
				total: 3
			}
		]);
		// gaps only among assessed areas: a missing row and `not_assessed` are not gaps
		expect(m.gaps.map((g) => `${g.processId}:${g.area}`)).toEqual([
			'2:person_centred',
			'2:bridging',
			'3:digital'
		]);
		expect(m.gaps[0]).toEqual({
			processId: 2,
			processTitle: 'Levnadsvanor',
			area: 'person_centred'
		});
		expect(m.notAssessed).toBe(4);
	});

	test('a process no one has assessed has no gap: all four areas are counted as not assessed', () => {
		const m = coverageMatrix([
			proc(1, 'Tom', []),
			proc(2, 'Bakåtställd', [row('proactive', 'not_assessed'), row('digital', 'not_assessed')])
		]);
		expect(m.gaps).toEqual([]);
		expect(m.notAssessed).toBe(8);
		expect(m.summary.every((s) => s.notAssessed === 2 && s.notConsidered === 0)).toBe(true);
	});

	test('a process that has worked through every area has no gap', () => {
		const all = ['proactive', 'person_centred', 'bridging', 'digital'].map((a) =>
			row(a, 'worked_through', 'ja')
		);
		const m = coverageMatrix([proc(7, 'Klar', all)]);
		expect(m.gaps).toEqual([]);
		expect(m.rows[0]!.workedThrough).toBe(4);
	});

	test('considered is not a gap; only not considered is', () => {
		const m = coverageMatrix([
			proc(
				1,
				'A',
				['proactive', 'person_centred', 'bridging', 'digital'].map((a) => row(a, 'considered'))
			)
		]);
		expect(m.gaps).toEqual([]);
		expect(m.notAssessed).toBe(0);
		expect(m.summary.every((s) => s.considered === 1 && s.workedThrough === 0)).toBe(true);
	});
});

describe('ordering', () => {
	test('county-wide, then sub-regional, then local; by position, then title in Swedish order', () => {
		const gap = [row('bridging', 'not_considered')];
		const m = coverageMatrix([
			proc(1, 'Lokal i Arvika', gap, 'local', 1),
			proc(2, 'Östra Värmland', gap, 'subregional', 1),
			proc(3, 'Ärenden', gap, 'county', 2),
			proc(4, 'Åtgärder', gap, 'county', 2),
			proc(5, 'Zeta', gap, 'county', 2),
			proc(6, 'Först', gap, 'county', 1)
		]);
		// å before ä in Swedish, and both after z
		expect(m.rows.map((r) => r.process.title)).toEqual([
			'Först',
			'Zeta',
			'Åtgärder',
			'Ärenden',
			'Östra Värmland',
			'Lokal i Arvika'
		]);
		// the gaps follow the rows
		expect([...new Set(m.gaps.map((g) => g.processTitle))]).toEqual(
			m.rows.map((r) => r.process.title)
		);
	});

	test('the same level, position and title: the older process (lower id) first', () => {
		const a = { id: 9, title: 'X', level: 'county' as const, position: 0 };
		const b = { id: 3, title: 'X', level: 'county' as const, position: 0 };
		expect([a, b].sort(compareProcesses).map((p) => p.id)).toEqual([3, 9]);
	});
});

test('gapsByProcess: one entry per process with its areas, in the order of the gaps', () => {
	expect(
		gapsByProcess([
			{ processId: 2, processTitle: 'B', area: 'proactive' },
			{ processId: 2, processTitle: 'B', area: 'digital' },
			{ processId: 1, processTitle: 'A', area: 'bridging' }
		])
	).toEqual([
		{ processId: 2, processTitle: 'B', areas: ['proactive', 'digital'] },
		{ processId: 1, processTitle: 'A', areas: ['bridging'] }
	]);
	expect(gapsByProcess([])).toEqual([]);
});
