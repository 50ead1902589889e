import { describe, expect, test } from 'vitest';
import {
	colorOf,
	countClasses,
	insidePolygon,
	labelPoint,
	layoutMap,
	NONE_COLOR,
	polygonsOf
} from './map.ts';

const square = (x: number, y: number, size: number): [number, number][] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

describe('layout of the map', () => {
	test('north is up, the width is filled and the height follows the shape', () => {
		const map = layoutMap(
			[
				{ areaCode: '0001', geometry: { type: 'Polygon', coordinates: [square(13, 59, 1)] } },
				{
					areaCode: '0002',
					geometry: {
						type: 'MultiPolygon',
						coordinates: [[square(14, 60, 1)], [square(13, 60, 0.2)]]
					}
				}
			],
			400,
			560,
			0
		);
		expect(map.width).toBe(400);
		// two degrees of latitude against two of longitude shortened by cos(60°)
		expect(map.height).toBe(560);
		const [a, b] = map.shapes;
		expect(a!.code).toBe('0001');
		expect(a!.path.startsWith('M')).toBe(true);
		expect(a!.path.endsWith('Z')).toBe(true);
		expect(b!.path.match(/M/g)).toHaveLength(2);
		// the southern square is drawn below the northern one
		expect(a!.labelY).toBeGreaterThan(b!.labelY);
		// the number of the second sits in its larger part (the eastern square)
		expect(b!.labelX).toBeGreaterThan(a!.labelX);
	});

	test('other geometries draw nothing', () => {
		expect(polygonsOf({ type: 'Point', coordinates: [1, 2] })).toEqual([]);
		expect(polygonsOf(null)).toEqual([]);
		expect(layoutMap([]).shapes).toEqual([]);
	});

	test('a label point lies inside a bent shape, not in its hole', () => {
		const u: [number, number][] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[7, 10],
			[7, 3],
			[3, 3],
			[3, 10],
			[0, 10],
			[0, 0]
		];
		const p = labelPoint([u]);
		expect(insidePolygon(p, [u])).toBe(true);
		const ring = square(0, 0, 10);
		const hole = square(2, 2, 6);
		expect(insidePolygon([5, 5], [ring, hole])).toBe(false);
		expect(insidePolygon(labelPoint([ring, hole]), [ring, hole])).toBe(true);
	});
});

describe('colour classes', () => {
	test('none has its own class; up to four equal classes from 1', () => {
		expect(countClasses([0, 0]).map((c) => c.label)).toEqual(['Inga insatser']);
		expect(countClasses([0, 1, 3]).map((c) => c.label)).toEqual([
			'Inga insatser',
			'1 insats',
			'2 insatser',
			'3 insatser'
		]);
		const classes = countClasses([10, 2, 0]);
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			[0, 0],
			[1, 2],
			[3, 5],
			[6, 7],
			[8, 10]
		]);
		expect(colorOf(classes, 0)).toBe(NONE_COLOR);
		expect(new Set([1, 4, 6, 9].map((n) => colorOf(classes, n))).size).toBe(4);
	});
});
