/**
 * The county's municipalities as SVG paths, for a map the page draws itself
 * (each municipality a link, which a rendered chart image cannot have), and
 * the colour classes of a count. Pure: GeoJSON in, path data out.
 */

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];

export interface MapShape {
	code: string;
	/** SVG path data, in the map's own coordinates */
	path: string;
	/** a point well inside the largest part, for the number */
	labelX: number;
	labelY: number;
}

export interface MapLayout {
	width: number;
	height: number;
	shapes: MapShape[];
}

/** The polygons of a GeoJSON Polygon or MultiPolygon; anything else has none. */
export function polygonsOf(geometry: unknown): Polygon[] {
	const g = geometry as { type?: string; coordinates?: unknown } | null;
	if (g?.type === 'Polygon') return [g.coordinates as Polygon];
	if (g?.type === 'MultiPolygon') return g.coordinates as Polygon[];
	return [];
}

/**
 * An equirectangular projection around the middle latitude (lengths east–west
 * shortened by its cosine, as Sweden is far north), fitted to `width` with a
 * margin; the height follows the county's shape, at most `maxHeight`.
 */
export function layoutMap(
	features: { areaCode: string; geometry: unknown }[],
	width = 400,
	maxHeight = 560,
	margin = 4
): MapLayout {
	const all = features.flatMap((f) => polygonsOf(f.geometry).flat(2));
	if (!all.length) return { width, height: 0, shapes: [] };
	const lats = all.map((p) => p[1]);
	const lons = all.map((p) => p[0]);
	const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
	const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
	const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
	const spanX = Math.max((maxLon - minLon) * k, 1e-9);
	const spanY = Math.max(maxLat - minLat, 1e-9);
	const scale = Math.min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY);
	const height = Math.round(spanY * scale + 2 * margin);
	const offsetX = (width - spanX * scale) / 2;
	const project = ([lon, lat]: Position): Position => [
		round(offsetX + (lon - minLon) * k * scale),
		round(margin + (maxLat - lat) * scale)
	];
	const shapes = features.map((f) => {
		const polygons = polygonsOf(f.geometry).map((poly) => poly.map((ring) => ring.map(project)));
		const path = polygons
			.flatMap((poly) => poly.map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`))
			.join('');
		const largest = polygons.reduce<Polygon | null>(
			(best, poly) =>
				!best || Math.abs(ringArea(poly[0]!)) > Math.abs(ringArea(best[0]!)) ? poly : best,
			null
		);
		const [labelX, labelY] = largest ? labelPoint(largest) : [0, 0];
		return { code: f.areaCode, path, labelX: round(labelX), labelY: round(labelY) };
	});
	return { width, height, shapes };
}

const round = (v: number) => Math.round(v * 10) / 10;

function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
	return a / 2;
}

/** Even–odd rule over all rings, so holes are outside. */
export function insidePolygon([x, y]: Position, poly: Polygon): boolean {
	let inside = false;
	for (const ring of poly) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

function distanceToEdges([x, y]: Position, poly: Polygon): number {
	let best = Infinity;
	for (const ring of poly) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[j]!;
			const [bx, by] = ring[i]!;
			const dx = bx - ax;
			const dy = by - ay;
			const len = dx * dx + dy * dy;
			const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
			best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
		}
	}
	return best;
}

/**
 * The point of a grid over the polygon that lies furthest inside it: a
 * number placed there stays within its municipality, also for bent shapes
 * whose centre of mass lies outside them.
 */
export function labelPoint(poly: Polygon, steps = 24): Position {
	const outer = poly[0]!;
	const xs = outer.map((p) => p[0]);
	const ys = outer.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	let best: Position = [(x0 + x1) / 2, (y0 + y1) / 2];
	let bestDistance = -1;
	for (let i = 0; i <= steps; i++) {
		for (let j = 0; j <= steps; j++) {
			const p: Position = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
			if (!insidePolygon(p, poly)) continue;
			const d = distanceToEdges(p, poly);
			if (d > bestDistance) [best, bestDistance] = [p, d];
		}
	}
	return best;
}

export interface CountClass {
	min: number;
	max: number;
	color: string;
	label: string;
}

/** Light to dark; the numbers on the map have a white halo, so they read on every shade. */
const SHADES = ['#c4e3de', '#7fc1b6', '#2f8f80', '#0b5047'];
export const NONE_COLOR = '#eceff1';

const insatser = (n: number) => (n === 1 ? 'insats' : 'insatser');

/**
 * Up to four classes of equal width from 1 to the highest count, and a
 * class of its own for none.
 */
export function countClasses(counts: number[]): CountClass[] {
	const max = Math.max(0, ...counts);
	const none: CountClass = { min: 0, max: 0, color: NONE_COLOR, label: 'Inga insatser' };
	if (max === 0) return [none];
	const k = Math.min(4, max);
	const classes: CountClass[] = [];
	for (let i = 0; i < k; i++) {
		const lo = Math.floor((i * max) / k) + 1;
		const hi = Math.floor(((i + 1) * max) / k);
		classes.push({
			min: lo,
			max: hi,
			color: SHADES[k === 1 ? 2 : Math.round((i * (SHADES.length - 1)) / (k - 1))]!,
			label: lo === hi ? `${lo} ${insatser(lo)}` : `${lo}–${hi} insatser`
		});
	}
	return [none, ...classes];
}

/** The colour of a count among the classes. */
export function colorOf(classes: CountClass[], n: number): string {
	return classes.find((c) => n >= c.min && n <= c.max)?.color ?? NONE_COLOR;
}
