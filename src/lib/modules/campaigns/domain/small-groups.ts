/**
 * No small groups in a public summary: a count of answers below the minimum
 * group size (but not none) is never shown, for any municipality, age band or theme. When
 * hiding leaves a hidden total that the shown total would give away by
 * subtraction (more than none, fewer than the minimum), the smallest shown
 * cell is hidden too, until the hidden cells together are at least the
 * minimum. The total itself is hidden when it is below the minimum. Pure.
 */

export interface Cell<K> {
	key: K;
	count: number;
}

/** A cell as shown: its count, or null (fewer than the minimum, or hidden to protect one). */
export interface ShownCell<K> {
	key: K;
	count: number | null;
}

export function suppress<K>(cells: Cell<K>[], min: number): ShownCell<K>[] {
	const hidden = new Set(
		cells.map((c, i) => (c.count > 0 && c.count < min ? i : -1)).filter((i) => i >= 0)
	);
	const hiddenSum = () => [...hidden].reduce((s, i) => s + cells[i]!.count, 0);
	while (hiddenSum() > 0 && hiddenSum() < min) {
		const next = cells
			.map((c, i) => ({ c, i }))
			.filter(({ c, i }) => !hidden.has(i) && c.count > 0)
			.sort((a, b) => a.c.count - b.c.count)[0];
		if (!next) break;
		hidden.add(next.i);
	}
	return cells.map((c, i) => ({ key: c.key, count: hidden.has(i) ? null : c.count }));
}

/** The total, or null when it is below the minimum. */
export const shownTotal = (total: number, min: number): number | null =>
	total < min ? null : total;
