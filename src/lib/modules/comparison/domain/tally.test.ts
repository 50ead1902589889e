import { describe, expect, test } from 'vitest';
import { tallyCoverage, tallyInventory } from './tally.ts';

describe('the inventory, counted', () => {
	test('none: every key is there, at 0', () => {
		const t = tallyInventory([]);
		expect(t.total).toBe(0);
		expect(t.byArea).toEqual({ proactive: 0, person_centred: 0, bridging: 0, digital: 0 });
		expect(Object.values(t.byPhase).every((n) => n === 0)).toBe(true);
	});

	test('an initiative counts once in each area and shift it names, and once by phase', () => {
		const t = tallyInventory([
			{
				phase: 'running',
				developmentAreas: ['proactive', 'proactive', 'digital'],
				focusShifts: ['person']
			},
			{ phase: 'pilot', developmentAreas: [], focusShifts: [] }
		]);
		expect(t).toMatchObject({
			total: 2,
			byArea: { proactive: 1, digital: 1, bridging: 0 },
			byShift: { person: 1, co_creator: 0 },
			byPhase: { running: 1, pilot: 1, idea: 0 },
			noArea: 1
		});
	});
});

describe('the processes’ coverage, counted', () => {
	test.each([
		[
			'no processes',
			[],
			[],
			{ not_assessed: 0, not_considered: 0, considered: 0, worked_through: 0 }
		],
		[
			'a process without a row has not been assessed (not: has not considered the area)',
			[1, 2],
			[{ processId: 1, developmentArea: 'proactive' as const, state: 'worked_through' as const }],
			{ not_assessed: 1, not_considered: 0, considered: 0, worked_through: 1 }
		],
		[
			'a stored not_considered counts as such, beside a stored not_assessed',
			[1, 2, 3],
			[
				{ processId: 1, developmentArea: 'proactive' as const, state: 'not_considered' as const },
				{ processId: 2, developmentArea: 'proactive' as const, state: 'not_assessed' as const }
			],
			{ not_assessed: 2, not_considered: 1, considered: 0, worked_through: 0 }
		],
		[
			'rows of other processes are not counted',
			[1],
			[{ processId: 9, developmentArea: 'proactive' as const, state: 'considered' as const }],
			{ not_assessed: 1, not_considered: 0, considered: 0, worked_through: 0 }
		]
	])('%s', (_, ids, rows, proactive) => {
		const c = tallyCoverage(ids, rows);
		expect(c.processes).toBe(ids.length);
		expect(c.byArea.proactive).toEqual(proactive);
		expect(c.byArea.digital.not_assessed).toBe(ids.length);
		expect(c.byArea.digital.not_considered).toBe(0);
	});
});
