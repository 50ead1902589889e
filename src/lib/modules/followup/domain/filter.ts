import { z } from '../../../core/zod.ts';
import type { Gender } from './aggregate.ts';

/**
 * The filters of "Följ omställningen" and the indicator pages, from the
 * address, so a view can be shared and survives a reload: the
 * municipalities (all of the county's, or the ones chosen), women, men or
 * the total, and a range of years. Each filter is read on its own: a bad
 * value is left out and named in Swedish, and the others still hold.
 *
 *   ?kommun=1780&kommun=1784&kon=kvinnor&fran=2015&till=2022
 */

export const FILTER_PARAMS = {
	municipalities: 'kommun',
	gender: 'kon',
	from: 'fran',
	to: 'till'
} as const;

export type FilterField = keyof typeof FILTER_PARAMS;

/** The gender's word in the address, and back. */
export const GENDER_PARAM: Record<Gender, string> = { T: 'totalt', K: 'kvinnor', M: 'man' };
export const GENDER_LABEL: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };
const GENDER_OF = new Map(
	(Object.entries(GENDER_PARAM) as [Gender, string][]).map(([g, p]) => [p, g])
);

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

const year = (what: string) =>
	z
		.string()
		.trim()
		.regex(/^\d{4}$/, { error: `${what}: skriv ett årtal med fyra siffror, t.ex. 2015.` })
		.transform(Number)
		.pipe(
			z
				.number()
				.min(MIN_YEAR, { error: `${what}: årtalet ska vara ${MIN_YEAR} eller senare.` })
				.max(MAX_YEAR, { error: `${what}: årtalet ska vara ${MAX_YEAR} eller tidigare.` })
		);

/** The schemas of the filters, one per field; `municipalityIds` are the county's. */
export function filterSchemas(municipalityIds: readonly string[]) {
	const known = new Set(municipalityIds);
	return {
		municipalities: z
			.array(z.string().trim())
			.max(municipalityIds.length || 1, { error: 'Kommuner: välj bland länets kommuner.' })
			.refine((ids) => ids.every((id) => known.has(id)), {
				error: 'Kommuner: välj bland länets kommuner (en eller flera kommuner finns inte i länet).'
			}),
		gender: z
			.string()
			.trim()
			.refine((g) => GENDER_OF.has(g), { error: 'Kön: välj totalt, kvinnor eller män.' })
			.transform((g) => GENDER_OF.get(g)!),
		from: year('Från år'),
		to: year('Till år')
	};
}

export interface FollowUpFilter {
	/** the municipalities chosen; null for all of the county's */
	municipalities: string[] | null;
	gender: Gender;
	from: number | null;
	to: number | null;
}

export const NO_FILTER: FollowUpFilter = {
	municipalities: null,
	gender: 'T',
	from: null,
	to: null
};

export interface ParsedFilter {
	filter: FollowUpFilter;
	/** what was wrong, per field; those filters are left out */
	errors: Partial<Record<FilterField, string[]>>;
	/** the values as given, to show in the form again */
	values: { municipalities: string[]; gender: string; from: string; to: string };
}

/** The filters from a query string, checked against the county's municipalities. */
export function parseFilter(
	params: URLSearchParams,
	municipalityIds: readonly string[]
): ParsedFilter {
	const s = filterSchemas(municipalityIds);
	const values = {
		municipalities: params.getAll(FILTER_PARAMS.municipalities).filter((v) => v.trim() !== ''),
		gender: params.get(FILTER_PARAMS.gender) ?? '',
		from: params.get(FILTER_PARAMS.from) ?? '',
		to: params.get(FILTER_PARAMS.to) ?? ''
	};
	const errors: ParsedFilter['errors'] = {};
	const read = <T>(field: FilterField, schema: z.ZodType<T>, value: unknown, empty: boolean) => {
		if (empty) return null;
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		errors[field] = r.error.issues.map((i) => i.message);
		return null;
	};
	const chosen = read(
		'municipalities',
		s.municipalities,
		values.municipalities,
		!values.municipalities.length
	);
	const gender = read('gender', s.gender, values.gender, values.gender.trim() === '');
	let from = read('from', s.from, values.from, values.from.trim() === '');
	let to = read('to', s.to, values.to, values.to.trim() === '');
	if (from !== null && to !== null && to < from) {
		errors.to = [`Till år: ${to} är före från år ${from}; åren har bytt plats.`];
		[from, to] = [to, from];
	}
	const unique = chosen ? [...new Set(chosen)] : null;
	return {
		filter: {
			// every municipality chosen is the same as none: the county's own figure
			municipalities: unique && unique.length < municipalityIds.length ? unique : null,
			gender: gender ?? 'T',
			from,
			to
		},
		errors,
		values
	};
}

/** The query string of a filter ("kommun=1780&kon=kvinnor"), empty when nothing is filtered. */
export function filterSearch(filter: FollowUpFilter): string {
	const p = new URLSearchParams();
	for (const m of filter.municipalities ?? []) p.append(FILTER_PARAMS.municipalities, m);
	if (filter.gender !== 'T') p.set(FILTER_PARAMS.gender, GENDER_PARAM[filter.gender]);
	if (filter.from !== null) p.set(FILTER_PARAMS.from, String(filter.from));
	if (filter.to !== null) p.set(FILTER_PARAMS.to, String(filter.to));
	return p.toString();
}

/** Whether a year is inside the filter's range. */
export function inYears(filter: Pick<FollowUpFilter, 'from' | 'to'>, period: number): boolean {
	return (
		(filter.from === null || period >= filter.from) && (filter.to === null || period <= filter.to)
	);
}

/** The filter in words, for a summary and the printed page: "Kvinnor; Arvika och Karlstad; 2015–2022". */
export function describeFilter(
	filter: FollowUpFilter,
	names: ReadonlyMap<string, string>
): string | null {
	const parts: string[] = [];
	if (filter.gender !== 'T') parts.push(GENDER_LABEL[filter.gender]);
	if (filter.municipalities) {
		const list = filter.municipalities
			.map((id) => names.get(id) ?? id)
			.sort(new Intl.Collator('sv').compare);
		parts.push(new Intl.ListFormat('sv', { type: 'conjunction' }).format(list));
	}
	if (filter.from !== null || filter.to !== null)
		parts.push(
			filter.from !== null && filter.to !== null
				? `${filter.from}–${filter.to}`
				: filter.from !== null
					? `från ${filter.from}`
					: `till ${filter.to}`
		);
	return parts.length ? parts.join('; ') : null;
}

export interface FilterState extends ParsedFilter {
	/** the query string of the filters in force (the bad ones left out) */
	search: string;
	/** the filters in force in words; null when nothing is filtered */
	description: string | null;
	/** the county's municipalities by name (Swedish order), to choose among */
	municipalities: { id: string; name: string }[];
}

/** The filters of a page for a county's municipalities, with what the page needs to show them. */
export function filterState(
	params: URLSearchParams,
	municipalities: readonly { id: string; name: string }[]
): FilterState {
	const parsed = parseFilter(
		params,
		municipalities.map((m) => m.id)
	);
	const names = new Map(municipalities.map((m) => [m.id, m.name]));
	const collator = new Intl.Collator('sv');
	return {
		...parsed,
		search: filterSearch(parsed.filter),
		description: describeFilter(parsed.filter, names),
		municipalities: [...municipalities].sort((a, b) => collator.compare(a.name, b.name))
	};
}
