import { describe, expect, test } from 'vitest';
import { composeLabels, SHARED } from './labels.ts';

describe("the modules' labels put together", () => {
	const labels = composeLabels([
		{
			entities: { event: 'händelse' },
			fields: [{ after: 'day', labels: { periodLabel: 'period' } }],
			values: { level: { national: 'nationell' } }
		},
		{
			actions: { grant: 'gav roll' },
			entityActions: { api_token: { revoke: 'återkallade' } },
			fields: [
				{ after: 'day', labels: { decidedOn: 'beslutsdatum' } },
				{ after: 'title', labels: { subject: 'ämne' } }
			]
		}
	]);

	test("a module's fields come after the shared field they are placed after, in the modules' order", () => {
		const order = Object.keys(labels.fields);
		expect(order.slice(0, 3)).toEqual(['title', 'subject', 'subtitle']);
		expect(order.slice(order.indexOf('day'), order.indexOf('day') + 4)).toEqual([
			'day',
			'periodLabel',
			'decidedOn',
			'visibility'
		]);
		expect(order.length).toBe(Object.keys(SHARED.fields).length + 3);
	});

	test('the shared words and the modules’ are all there', () => {
		expect(labels.actions).toMatchObject({ create: 'skapade', grant: 'gav roll' });
		expect(labels.entities).toMatchObject({ import_jobs: 'import', event: 'händelse' });
		expect(labels.entityActions).toEqual({ api_token: { revoke: 'återkallade' } });
		expect(labels.values).toEqual({
			visibility: { public: 'offentlig', internal: 'intern' },
			level: { national: 'nationell' }
		});
	});

	test.each([
		[
			'placed after a field that is not shared',
			[{ fields: [{ after: 'periodLabel', labels: { x: 'x' } }] }]
		],
		['named twice', [{ fields: [{ after: 'day', labels: { title: 'titel' } }] }]]
	])('a field %s is an error', (_case, parts) => {
		expect(() => composeLabels(parts)).toThrow();
	});
});
