/**
 * Sortable tables, the rules both sides share: the server sorts the rows a
 * link asks for (`?sortera=varde&ordning=fallande`), so sorting works
 * without JavaScript, and in the browser TableSort (table-sort.svelte.ts)
 * sorts the same rows in place with the same comparison and keeps the
 * address in step. Text is compared in Swedish order (Å, Ä, Ö last), numbers
 * as numbers, and a missing value comes last whichever way the column runs.
 */

export type SortOrder = 'asc' | 'desc';
export interface SortState {
	column: string;
	order: SortOrder;
}
export type SortValue = string | number | null | undefined;

export const SORT_PARAMS = { column: 'sortera', order: 'ordning' } as const;
/** the order's word in the address */
const ORDER_PARAM: Record<SortOrder, string> = { asc: 'stigande', desc: 'fallande' };

const collator = new Intl.Collator('sv', { numeric: true });

/** A query string's parameters (for the browser's side, which keeps the string). */
export const searchParams = (search: string) => new URLSearchParams(search);

/** The sort a query string asks for, if its column is one of `columns`; a bad one is named in Swedish. */
export function readSort(
	params: URLSearchParams,
	columns: readonly { key: string; label: string }[]
): { sort: SortState | null; error: string | null } {
	const column = params.get(SORT_PARAMS.column);
	const order = params.get(SORT_PARAMS.order);
	if (column === null || column === '') return { sort: null, error: null };
	if (!columns.some((c) => c.key === column))
		return {
			sort: null,
			error: `Tabellen kan inte sorteras efter "${column.slice(0, 40)}": välj en kolumnrubrik (${columns.map((c) => c.label).join(', ')}).`
		};
	if (order !== null && order !== ORDER_PARAM.asc && order !== ORDER_PARAM.desc)
		return {
			sort: { column, order: 'asc' },
			error: `Ordningen "${order.slice(0, 40)}" finns inte: tabellen sorteras stigande.`
		};
	return { sort: { column, order: order === ORDER_PARAM.desc ? 'desc' : 'asc' }, error: null };
}

/** The sort a column's link asks for: ascending, or the other way when the column is sorted already. */
export function nextSort(column: string, current: SortState | null): SortState {
	return {
		column,
		order: current?.column === column && current.order === 'asc' ? 'desc' : 'asc'
	};
}

/** The query string with a sort set (the other parameters kept, the page number dropped). */
export function sortSearch(search: string | URLSearchParams, sort: SortState): string {
	const p = new URLSearchParams(search);
	p.delete('sida');
	p.set(SORT_PARAMS.column, sort.column);
	p.set(SORT_PARAMS.order, ORDER_PARAM[sort.order]);
	return p.toString();
}

/** How two values compare in a column; a missing value is last in either order. */
export function compareValues(a: SortValue, b: SortValue, order: SortOrder): number {
	const missingA = a === null || a === undefined || a === '';
	const missingB = b === null || b === undefined || b === '';
	if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
	const c =
		typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
	return order === 'asc' ? c : -c;
}

/** The rows sorted (stable: equal values keep their order); as given when `sort` is null. */
export function sortRows<T>(
	rows: readonly T[],
	value: (row: T, column: string) => SortValue,
	sort: SortState | null
): T[] {
	if (!sort) return [...rows];
	return rows
		.map((row, i) => ({ row, i, v: value(row, sort.column) }))
		.sort((a, b) => compareValues(a.v, b.v, sort.order) || a.i - b.i)
		.map((r) => r.row);
}

/** aria-sort for a column's header: set on the sorted column only. */
export function ariaSort(
	column: string,
	sort: SortState | null
): 'ascending' | 'descending' | undefined {
	return sort?.column === column ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined;
}
