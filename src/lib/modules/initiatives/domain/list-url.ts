/**
 * The query strings of the inventory's list: the filters as the list, the
 * map, the paging and the exports link them. Every link is made from the
 * filters as they were read (unknown parameters dropped), so a shared link
 * says exactly what the list shows. Pure.
 */

/** The filters of the list as read from a URL (InitiativeQuery's shape). */
export interface ListFilters {
	q: string;
	organisation: string[];
	municipality: string[];
	goalArea: string[];
	developmentArea: string[];
	focusShift: string[];
	phase: string[];
	level: string[];
	goodExample: boolean;
	page: number;
	perPage: number;
}

/** The facets that are lists of values, in the order the page shows them. */
export const FACET_PARAMS = [
	'organisation',
	'municipality',
	'goalArea',
	'developmentArea',
	'focusShift',
	'phase',
	'level'
] as const;
export type FacetParam = (typeof FACET_PARAMS)[number];

const DEFAULT_PER_PAGE = 20;

/** The filters as query parameters, in a stable order; defaults are left out. */
export function filterPairs(f: ListFilters): [string, string][] {
	const pairs: [string, string][] = [];
	if (f.q) pairs.push(['q', f.q]);
	for (const name of FACET_PARAMS) for (const v of f[name]) pairs.push([name, v]);
	if (f.goodExample) pairs.push(['goodExample', '1']);
	if (f.perPage !== DEFAULT_PER_PAGE) pairs.push(['perPage', String(f.perPage)]);
	if (f.page > 1) pairs.push(['page', String(f.page)]);
	return pairs;
}

/** "?a=1&b=2", or "" when there is nothing. */
export function queryString(pairs: [string, string][]): string {
	return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
}

/** A changed copy of the filters; any change of filters goes back to the first page. */
function changed(f: ListFilters, change: Partial<ListFilters>): ListFilters {
	return { ...f, page: 1, ...change };
}

/** The filters with one facet value added, or removed when it is already chosen. */
export function toggled(f: ListFilters, name: FacetParam, value: string): ListFilters {
	const values = f[name].includes(value) ? f[name].filter((v) => v !== value) : [...f[name], value];
	return changed(f, { [name]: values });
}

/** The filters narrowed to one municipality (the map), or widened again when it is the one chosen. */
export function withMunicipality(f: ListFilters, code: string): ListFilters {
	const only = f.municipality.length === 1 && f.municipality[0] === code;
	return changed(f, { municipality: only ? [] : [code] });
}

/** The filters without the search text. */
export const withoutSearch = (f: ListFilters): ListFilters => changed(f, { q: '' });

/** The filters without "good examples only". */
export const withoutGoodExample = (f: ListFilters): ListFilters =>
	changed(f, { goodExample: false });

const noFacets = () =>
	Object.fromEntries(FACET_PARAMS.map((name) => [name, [] as string[]])) as Record<
		FacetParam,
		string[]
	>;

/** No search, no facet chosen, the first page of the default size: the list as it opens. */
export const NO_FILTERS: ListFilters = {
	q: '',
	...noFacets(),
	goodExample: false,
	page: 1,
	perPage: DEFAULT_PER_PAGE
};

/** No facet chosen; the search text stays. */
export function cleared(f: ListFilters): ListFilters {
	return { ...f, ...NO_FILTERS, q: f.q, perPage: f.perPage };
}

export const atPage = (f: ListFilters, page: number): ListFilters => ({ ...f, page });

/** Whether any facet is chosen (the search text aside). */
export function hasFacets(f: ListFilters): boolean {
	return f.goodExample || FACET_PARAMS.some((name) => f[name].length > 0);
}

/** The query string of the exports: the same filters, every page. */
export function exportQuery(f: ListFilters): string {
	return queryString(filterPairs({ ...f, page: 1, perPage: DEFAULT_PER_PAGE }));
}

/**
 * The page numbers to link: the first, the last, and two either side of
 * the current one; null marks a gap of more than one page ("…").
 */
export function pageWindow(current: number, last: number): (number | null)[] {
	const shown = new Set(
		[1, last, current - 2, current - 1, current, current + 1, current + 2].filter(
			(p) => p >= 1 && p <= last
		)
	);
	const pages = [...shown].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	for (const [i, p] of pages.entries()) {
		const gap = i > 0 ? p - pages[i - 1]! - 1 : 0;
		// a gap of one page shows the page: "…" would take as much room
		if (gap === 1) out.push(p - 1);
		else if (gap > 1) out.push(null);
		out.push(p);
	}
	return out;
}

/** "1 insats", "12 insatser", "inga insatser". */
export function initiativeCount(n: number): string {
	if (n === 0) return 'inga insatser';
	return `${new Intl.NumberFormat('sv-SE').format(n)} ${n === 1 ? 'insats' : 'insatser'}`;
}
