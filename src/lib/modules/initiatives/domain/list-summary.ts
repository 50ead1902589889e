import type { InitiativeList } from '../schema.ts';
import {
	hasFacets,
	initiativeCount,
	toggled,
	withoutGoodExample,
	withoutSearch,
	type FacetParam,
	type ListFilters
} from './list-url.ts';

/**
 * What the inventory's list says about itself: its facet groups in the
 * order the page shows them, the chosen filters as links that remove them,
 * and the sentence that counts the hits. Pure.
 */

type Facets = InitiativeList['facets'];
type ListPage = Pick<InitiativeList, 'total' | 'page' | 'perPage' | 'matchedAllWords'> & {
	items: readonly unknown[];
};

/** The facets as the page shows them, in this order. */
export const FACET_GROUPS: readonly { name: FacetParam; legend: string }[] = [
	{ name: 'phase', legend: 'Fas' },
	{ name: 'level', legend: 'Nivå' },
	{ name: 'municipality', legend: 'Kommun' },
	{ name: 'organisation', legend: 'Organisation (ansvarig eller partner)' },
	{ name: 'goalArea', legend: 'Målområde' },
	{ name: 'developmentArea', legend: 'Utvecklingsområde' },
	{ name: 'focusShift', legend: 'Fokusförflyttning' }
];

/** How many filter values are chosen ("good examples only" counts as one). */
export function chosenCount(f: ListFilters): number {
	return FACET_GROUPS.reduce((n, g) => n + f[g.name].length, 0) + (f.goodExample ? 1 : 0);
}

/** " (1 valt)", " (3 valda)": how many are chosen, for a summary line. */
export const chosenText = (n: number) => ` (${n} ${n === 1 ? 'valt' : 'valda'})`;

/** Every chosen filter, as a link (made by `href`) that removes it. */
export function filterChips(
	f: ListFilters,
	facets: Facets,
	href: (f: ListFilters) => string
): { label: string; href: string }[] {
	const out: { label: string; href: string }[] = [];
	if (f.q) out.push({ label: `Sökning: ”${f.q}”`, href: href(withoutSearch(f)) });
	for (const g of FACET_GROUPS) {
		for (const value of f[g.name]) {
			const label = facets[g.name].find((v) => v.value === value)?.label ?? value;
			out.push({
				label: `${g.legend.split(' (')[0]}: ${label}`,
				href: href(toggled(f, g.name, value))
			});
		}
	}
	if (f.goodExample) out.push({ label: 'Bara goda exempel', href: href(withoutGoodExample(f)) });
	return out;
}

/** The last page of the list, and the first and last hit the current page shows. */
export function pageRange(list: ListPage): { lastPage: number; first: number; last: number } {
	return {
		lastPage: Math.max(1, Math.ceil(list.total / list.perPage)),
		first: (list.page - 1) * list.perPage + 1,
		last: Math.min(list.total, list.page * list.perPage)
	};
}

const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** The sentence above the hits: how many match what, and which of them the page shows. */
export function listSummary(f: ListFilters, list: ListPage, countyName: string): string {
	const count = capital(initiativeCount(list.total));
	const facets = hasFacets(f);
	const what = f.q
		? list.matchedAllWords
			? `${count} matchar sökningen ”${f.q}”${facets ? ' och de valda filtren' : ''}.`
			: `Ingen insats innehåller alla orden i ”${f.q}”. ${count} innehåller något av dem${facets ? ' och matchar de valda filtren' : ''}.`
		: facets
			? `${count} matchar de valda filtren.`
			: `${count} ${list.total === 1 ? 'är registrerad' : 'är registrerade'} i ${countyName}.`;
	const { lastPage, first, last } = pageRange(list);
	const paging =
		list.total > list.perPage && list.items.length
			? ` Sidan ${list.page} av ${lastPage} visar ${first}–${last}.`
			: list.total > 0 && !list.items.length
				? ` Sidan ${list.page} finns inte; det finns ${lastPage} ${lastPage === 1 ? 'sida' : 'sidor'}.`
				: '';
	return what + paging;
}
