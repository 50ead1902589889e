import { describe, expect, test } from 'vitest';
import { participantTotals, keptParticipation } from './participants.ts';
import { countByStatus, handlingProblem, queueOrder } from './requests.ts';

describe('handling a request', () => {
	test.each([
		['received', '', null],
		['in_progress', '', null],
		['done', '', 'Skriv en anteckning om vad stödet blev innan förfrågan markeras som klar.'],
		['done', '   ', 'Skriv en anteckning om vad stödet blev innan förfrågan markeras som klar.'],
		['done', 'Utbildningen hölls 12 mars.', null],
		['declined', '', 'Skriv en anteckning om varför förfrågan avböjs.'],
		['declined', 'Ingår redan i processen.', null]
	] as const)('%s with note %j → %j', (status, note, problem) => {
		expect(handlingProblem(status, note)).toBe(problem);
	});

	test('counts every status, zero when none', () => {
		expect(countByStatus(['done', 'received', 'done'])).toEqual({
			received: 1,
			in_progress: 0,
			done: 2,
			declined: 0
		});
	});

	test('the queue: open first, newest first within a status', () => {
		const list = [
			{ id: 1, status: 'done' as const, createdAt: '2026-03-01T10:00:00Z' },
			{ id: 2, status: 'received' as const, createdAt: '2026-01-01T10:00:00Z' },
			{ id: 3, status: 'in_progress' as const, createdAt: '2026-02-01T10:00:00Z' },
			{ id: 4, status: 'received' as const, createdAt: '2026-02-01T10:00:00Z' }
		];
		expect(queueOrder(list).map((r) => r.id)).toEqual([4, 2, 3, 1]);
	});
});

describe('participants of course rounds', () => {
	test.each([
		['no rounds', [], [], 0],
		[
			'sums per organisation over rounds, largest first',
			[
				{
					participation: [
						{ organisationId: 5, participants: 3 },
						{ organisationId: 2, participants: 4 }
					]
				},
				{ participation: [{ organisationId: 5, participants: 2 }] }
			],
			[
				{ organisationId: 5, participants: 5 },
				{ organisationId: 2, participants: 4 }
			],
			9
		],
		[
			'an organisation with none is left out',
			[{ participation: [{ organisationId: 1, participants: 0 }] }],
			[],
			0
		]
	])('%s', (_, rounds, byOrganisation, total) => {
		expect(participantTotals(rounds)).toEqual({ byOrganisation, total });
	});

	test('a round keeps one row per organisation with participants', () => {
		expect(
			keptParticipation([
				{ organisationId: 1, participants: 0 },
				{ organisationId: 2, participants: 3 },
				{ organisationId: 2, participants: 1 }
			])
		).toEqual([{ organisationId: 2, participants: 4 }]);
	});
});
