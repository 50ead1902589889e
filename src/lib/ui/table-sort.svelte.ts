import { goto } from '$app/navigation';
import {
	ariaSort,
	nextSort,
	readSort,
	searchParams,
	sortRows,
	sortSearch,
	type SortState,
	type SortValue
} from './sort.ts';

/**
 * The sort of a page's tables (one sort for all of them when they share
 * their columns, as the overview's tables do), read from the address: the
 * server renders the rows sorted and every column header as a link that
 * sorts by it (SortHeader.svelte). With JavaScript a click sorts the rows in
 * the page, moves aria-sort, and puts the sort in the address without
 * loading the page again, so a reload or a shared link shows the same.
 *
 *   const sort = $derived(new TableSort(page.url, COLUMNS));
 *   const rows = $derived(sort.apply(items, (row, column) => …));
 */
export class TableSort {
	sort = $state<SortState | null>(null);
	/** a bad sort in the address, in Swedish; the table then keeps its own order */
	readonly error: string | null;
	/** the address's query string, as the links keep it */
	#search: string;

	constructor(
		url: { search: string },
		readonly columns: readonly { key: string; label: string }[]
	) {
		this.#search = url.search;
		const read = readSort(searchParams(url.search), columns);
		this.sort = read.sort;
		this.error = read.error;
	}

	/** The address of a column's sort link; `anchor` brings the reader back to the table. */
	href(column: string, anchor = ''): string {
		return `?${sortSearch(this.#search, nextSort(column, this.sort))}${anchor ? `#${anchor}` : ''}`;
	}

	aria(column: string) {
		return ariaSort(column, this.sort);
	}

	apply<T>(rows: readonly T[], value: (row: T, column: string) => SortValue): T[] {
		return sortRows(rows, value, this.sort);
	}

	/** A click on a column's link, with JavaScript: sort here, keep the address in step. */
	click(event: MouseEvent, column: string) {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
			return;
		event.preventDefault();
		this.sort = nextSort(column, this.sort);
		this.#search = sortSearch(this.#search, this.sort);
		void goto(`?${this.#search}${location.hash}`, { shallow: true, replace: true });
	}
}
