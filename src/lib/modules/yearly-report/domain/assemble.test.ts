import { describe, expect, test } from 'vitest';
import {
	assembleReport,
	nextMilestones,
	selfAssessmentUpTo,
	timeInYear,
	type InitiativeTime,
	type ReportInput
} from './assemble.ts';
import { paragraphs, reportDocument } from './document.ts';

const initiative = (
	id: number,
	startsOn: string | null,
	endsOn: string | null,
	more: Partial<InitiativeTime> = {}
): InitiativeTime => ({
	id,
	title: `Insats ${id}`,
	startsOn,
	endsOn,
	ended: false,
	developmentAreas: [],
	focusShifts: [],
	...more
});

describe('timeInYear', () => {
	test.each([
		[
			'started in the year, still running',
			'2023-03-01',
			null,
			false,
			{ inYear: true, started: true, ended: false }
		],
		[
			'ran through the year',
			'2021-01-01',
			'2025-06-30',
			false,
			{ inYear: true, started: false, ended: false }
		],
		[
			'started and ended in the year',
			'2023-01-01',
			'2023-12-31',
			false,
			{ inYear: true, started: true, ended: true }
		],
		[
			'ended in the year',
			'2020-05-01',
			'2023-06-30',
			true,
			{ inYear: true, started: false, ended: true }
		],
		['ended before the year', '2019-01-01', '2022-12-31', true, { inYear: false, unknown: false }],
		['starts after the year', '2024-01-01', null, false, { inYear: false, unknown: false }],
		['no start date: unknown', null, null, false, { inYear: false, unknown: true }],
		[
			'ended without an end date: unknown',
			'2020-01-01',
			null,
			true,
			{ inYear: false, unknown: true }
		]
	])('%s', (_name, startsOn, endsOn, ended, expected) => {
		expect(timeInYear(initiative(1, startsOn, endsOn, { ended }), 2023)).toEqual(expected);
	});
});

const base: ReportInput = {
	county: { code: '17', name: 'Värmlands län', slug: 'varmland' },
	year: 2023,
	today: '2026-03-10',
	initiatives: [],
	initiativeSource: 'Värmlands läns inventering i Nära',
	processes: {
		list: [],
		rule: null,
		source: 'Värmlands läns processer i Nära',
		period: 'läget 10 mars 2026'
	},
	decisions: [],
	milestones: [],
	indicators: [],
	targets: [],
	selfAssessment: null,
	barriers: [],
	barrierSource: 'Värmlands läns hinder i Nära',
	actions: null,
	actionSource: 'Värmlands läns åtgärder i Nära',
	narratives: {}
};

const milestone = (id: number, year: number | null, statusKey: string) => ({
	id,
	title: `Milstolpe ${id}`,
	year,
	period: year === null ? 'Tid ej angiven' : String(year),
	statusKey,
	status: statusKey,
	owner: 'Okänd',
	source: 'Inlagd i Nära'
});

describe('assembleReport', () => {
	test('counts the year by development area and focus shift; an initiative counts in each it names', () => {
		const r = assembleReport({
			...base,
			initiatives: [
				initiative(1, '2023-02-01', null, {
					developmentAreas: ['proactive', 'digital'],
					focusShifts: ['person']
				}),
				initiative(2, '2020-01-01', '2023-09-30', { developmentAreas: ['proactive'] }),
				initiative(3, '2019-01-01', '2021-12-31', { developmentAreas: ['proactive'] }),
				initiative(4, null, null, { developmentAreas: ['digital'] })
			]
		});
		const i = r.work.initiatives;
		expect([i.started, i.running, i.ended, i.unknownTime]).toEqual([1, 2, 1, 1]);
		expect(i.byDevelopmentArea.find((c) => c.key === 'proactive')).toMatchObject({
			started: 1,
			running: 2,
			ended: 1
		});
		expect(i.byDevelopmentArea.find((c) => c.key === 'digital')).toMatchObject({ running: 1 });
		expect(i.byFocusShift.find((c) => c.key === null)).toMatchObject({
			label: 'Ingen förflyttning angiven',
			running: 1
		});
		expect(i.startedList).toEqual([{ id: 1, title: 'Insats 1', startsOn: '2023-02-01' }]);
		expect(i.endedList).toEqual([{ id: 2, title: 'Insats 2', endsOn: '2023-09-30' }]);
	});

	test("the year's decisions; barriers open at the year's end and resolved in it; only open actions", () => {
		const decision = (id: number, decidedOn: string) => ({
			id,
			title: `Beslut ${id}`,
			decidedOn,
			datePrecision: 'day' as const,
			madeBy: 'Direktörsberedningen',
			source: 'Inlagd i Nära'
		});
		const barrier = (id: number, raisedOn: string | null, resolvedOn: string | null) => ({
			id,
			title: `Hinder ${id}`,
			kind: 'Annat',
			status: resolvedOn ? 'Löst' : 'Nytt',
			raisedOn,
			resolvedOn,
			decision: resolvedOn ? 'Beslut 1' : null
		});
		const r = assembleReport({
			...base,
			decisions: [decision(2, '2023-11-02'), decision(1, '2023-03-30'), decision(3, '2024-01-15')],
			barriers: [
				barrier(1, '2023-03-30', '2023-10-01'),
				barrier(2, '2023-03-30', '2024-02-01'),
				barrier(3, null, null),
				barrier(4, '2024-05-01', null)
			],
			actions: [
				{
					id: 1,
					title: 'Ring',
					owner: 'Region Värmland',
					dueOn: '2026-01-01',
					status: 'Pågår',
					open: true
				},
				{
					id: 2,
					title: 'Klar',
					owner: 'Region Värmland',
					dueOn: '2025-01-01',
					status: 'Klar',
					open: false
				},
				{
					id: 3,
					title: 'Sen',
					owner: 'Arvika kommun',
					dueOn: '2026-06-01',
					status: 'Ej påbörjad',
					open: true
				}
			]
		});
		expect(r.work.decisions.map((d) => d.id)).toEqual([1, 2]);
		expect(r.challenges.openBarriers.map((b) => b.id)).toEqual([2, 3]);
		expect(r.challenges.resolvedBarriers).toEqual([
			{ id: 1, title: 'Hinder 1', kind: 'Annat', resolvedOn: '2023-10-01', decision: 'Beslut 1' }
		]);
		expect(r.forward.actions?.map((a) => [a.id, a.overdue])).toEqual([
			[1, true],
			[3, false]
		]);
	});

	test('actions the reader may not see stay null, never an empty list', () => {
		expect(assembleReport(base).forward.actions).toBeNull();
	});

	test("milestones: the year's, then later ones and open ones without a year", () => {
		const list = [
			milestone(1, 2023, 'reached'),
			milestone(2, 2025, 'planned'),
			milestone(3, null, 'unknown'),
			milestone(4, null, 'reached'),
			milestone(5, 2022, 'reached')
		];
		const r = assembleReport({ ...base, milestones: list });
		expect(r.work.milestones.map((m) => m.id)).toEqual([1]);
		expect(nextMilestones(list, 2023).map((m) => m.id)).toEqual([2, 3]);
		expect(r.work.milestones[0]).not.toHaveProperty('statusKey');
	});

	test('indicators moving the wrong way are the ones judged worse', () => {
		const row = (id: number, verdict: 'better' | 'worse' | 'unknown') => ({
			id,
			title: `Indikator ${id}`,
			unit: '%',
			focusShift: null,
			period: 2023,
			value: 1,
			change: null,
			verdict,
			assessment: verdict,
			source: 'Källa: Kolada'
		});
		const r = assembleReport({
			...base,
			indicators: [row(1, 'better'), row(2, 'worse'), row(3, 'unknown')]
		});
		expect(r.challenges.wrongWay.map((i) => i.id)).toEqual([2]);
	});

	test('a section without a narrative has an empty one at version 0', () => {
		const r = assembleReport({
			...base,
			narratives: {
				work: { text: 'Vi började.', version: 2, savedAt: '2024-02-01', savedBy: 'Anna' }
			}
		});
		expect(r.narratives.work.version).toBe(2);
		expect(r.narratives.forward).toEqual({ text: '', version: 0, savedAt: null, savedBy: null });
	});
});

describe('selfAssessmentUpTo', () => {
	const s = {
		periods: ['första halvåret 2023', 'andra halvåret 2023', 'första halvåret 2024'],
		dimensions: [{ title: 'Samverkan', medians: [3, null, 4] }],
		source: 'Dialogguiden'
	};
	test('keeps the half-years up to the end of the year', () => {
		expect(selfAssessmentUpTo(s, 2023)).toEqual({
			periods: ['första halvåret 2023', 'andra halvåret 2023'],
			dimensions: [{ title: 'Samverkan', medians: [3, null] }],
			source: 'Dialogguiden'
		});
	});
	test('none before the year: null (shown as "no results"), never zeros', () => {
		expect(selfAssessmentUpTo(s, 2022)).toBeNull();
		expect(selfAssessmentUpTo(null, 2023)).toBeNull();
	});
});

describe('reportDocument', () => {
	test('four sections in the frame of 000, every part with its source and period, Swedish formats', () => {
		const r = assembleReport({
			...base,
			initiatives: [initiative(1, '2023-02-01', null, { developmentAreas: ['proactive'] })],
			targets: [
				{
					indicator: 'Fallskador',
					area: 'Värmlands län',
					period: 2023,
					target: 1234.5,
					actual: null,
					status: 'no_actual',
					source: 'mål: satta i Nära; utfall: Kolada'
				}
			]
		});
		const d = reportDocument(r, '/lan/varmland');
		expect(d.title).toBe('Uppföljning av färdplanen 2023 – Värmlands län');
		expect(d.sections.map((s) => s.title)).toEqual([
			'Årets arbete',
			'Framsteg',
			'Utmaningar',
			'Vägen framåt'
		]);
		for (const p of d.sections.flatMap((s) => s.parts))
			expect(p.note).toMatch(/^Källa: .+\. Period: .+\.$/);
		const started = d.sections[0]!.parts.find((p) => p.id === 'insatser-startade')!;
		expect(started.rows).toEqual([['Insats 1', '1 februari 2023']]);
		expect(started.links).toEqual(['/lan/varmland/insatser/1']);
		const targets = d.sections[1]!.parts.find((p) => p.id === 'mal')!;
		expect(targets.rows[0]).toEqual([
			'Fallskador',
			'Värmlands län',
			'2023',
			'1\u00a0234,5',
			'Uppgift saknas',
			'Uppgift saknas'
		]);
		const actions = d.sections[3]!.parts.find((p) => p.id === 'atgarder')!;
		expect(actions.summary).toBe('Åtgärderna visas för inloggade med en roll i länet.');
	});

	test('processes: areas not considered and areas not assessed in columns of their own; the rule only where the county has one', () => {
		const processes = {
			...base.processes,
			list: [
				{
					id: 4,
					title: 'Fallprevention',
					level: 'Länsövergripande',
					status: 'Pågår',
					workedThrough: 1,
					notConsidered: ['Digitala lösningar'],
					notAssessed: ['Personcentrerat', 'Överbrygga gränser']
				}
			]
		};
		const part = (rule: string | null) =>
			reportDocument(
				assembleReport({ ...base, processes: { ...processes, rule } }),
				'/lan/varmland'
			)
				.sections.flatMap((s) => s.parts)
				.find((p) => p.id === 'processer')!;
		const own = part(
			'Värmlands färdplan säger att varje process ska visa alla fyra utvecklingsområden.'
		);
		expect(own.columns.slice(-2).map((c) => c.label)).toEqual(['Inte beaktade', 'Ej bedömda']);
		expect(own.rows).toEqual([
			[
				'Fallprevention',
				'Länsövergripande',
				'Pågår',
				'1 av 4',
				'Digitala lösningar',
				'Personcentrerat, Överbrygga gränser'
			]
		]);
		expect(own.summary).toMatch(/^Värmlands färdplan säger/);
		const other = part(null);
		expect(other.summary).not.toMatch(/färdplan/i);
		expect(other.summary).toMatch(/ingen har bedömt räknas som ej bedömt/);
	});

	test('paragraphs are split on empty lines', () => {
		expect(paragraphs('Ett.\n\n  Två.\n \nTre.\n')).toEqual(['Ett.', 'Två.', 'Tre.']);
	});
});
