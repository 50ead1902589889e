/**
 * The form of an initiative: its values as the form shows them, read from a
 * submitted form (checkbox groups as lists, numbered rows as lists of
 * objects) or from a saved initiative. What a person submits becomes the
 * input the service validates, with the same field names as its error
 * paths ("funding.0.year"). Pure.
 */

export interface FundingRow {
	year: string;
	fundingSource: string;
	amountSek: string;
	note: string;
}

export interface LinkRow {
	url: string;
	title: string;
}

export interface InitiativeFormValues {
	title: string;
	description: string;
	leadOrganisationId: string;
	partnerIds: string[];
	otherPartners: string[];
	municipalityIds: string[];
	level: string;
	phase: string;
	startsOn: string;
	endsOn: string;
	goalAreas: string[];
	developmentAreas: string[];
	focusShifts: string[];
	funding: FundingRow[];
	contactFunction: string;
	contactEmail: string;
	contactPhone: string;
	contactPerson: string;
	contactConsent: boolean;
	results: string;
	lessons: string;
	links: LinkRow[];
	goodExample: boolean;
	visibility: string;
	confirmSimilar: boolean;
}

/** The checkbox groups of the form: every checked box sends one value. */
export const CHECKBOX_GROUPS = [
	'partnerIds',
	'municipalityIds',
	'goalAreas',
	'developmentAreas',
	'focusShifts'
] as const;

/** Empty rows the form offers for new funding and links. */
export const EMPTY_ROWS = 3;

export function emptyFormValues(): InitiativeFormValues {
	return {
		title: '',
		description: '',
		leadOrganisationId: '',
		partnerIds: [],
		otherPartners: [],
		municipalityIds: [],
		level: '',
		phase: '',
		startsOn: '',
		endsOn: '',
		goalAreas: [],
		developmentAreas: [],
		focusShifts: [],
		funding: [],
		contactFunction: '',
		contactEmail: '',
		contactPhone: '',
		contactPerson: '',
		contactConsent: false,
		results: '',
		lessons: '',
		links: [],
		goodExample: false,
		visibility: 'public',
		confirmSimilar: false
	};
}

const checked = (v: string | undefined) => v === 'on' || v === 'true' || v === '1';

/** "1 500 000" as people write amounts is 1500000; anything else stays as typed, for its message. */
function wholeKronor(value: string): string {
	const compact = value.replace(/[\s\u00a0]/g, '');
	return /^\d+$/.test(compact) ? compact : value;
}

/**
 * The values of a submitted form. Rows left empty are dropped and the rest
 * numbered again from 0, so the form shown again with errors has the rows in
 * the order the errors name them. Other partners are one per line.
 */
export function formValuesFromEntries(entries: Iterable<[string, string]>): InitiativeFormValues {
	const single = new Map<string, string>();
	const many = new Map<string, string[]>();
	for (const [key, value] of entries) {
		single.set(key, value);
		many.set(key, [...(many.get(key) ?? []), value]);
	}
	const text = (key: string) => single.get(key) ?? '';
	const rows = <T extends Record<string, string>>(prefix: string, fields: (keyof T)[]): T[] => {
		const indexes = new Set<number>();
		for (const key of single.keys()) {
			const m = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`).exec(key);
			if (m) indexes.add(Number(m[1]));
		}
		return [...indexes]
			.sort((a, b) => a - b)
			.map(
				(i) => Object.fromEntries(fields.map((f) => [f, text(`${prefix}.${i}.${String(f)}`)])) as T
			)
			.filter((row) => Object.values(row).some((v) => v.trim() !== ''));
	};
	const values = emptyFormValues();
	return {
		...values,
		title: text('title'),
		description: text('description'),
		leadOrganisationId: text('leadOrganisationId'),
		otherPartners: text('otherPartners')
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean),
		level: text('level'),
		phase: text('phase'),
		startsOn: text('startsOn'),
		endsOn: text('endsOn'),
		...Object.fromEntries(
			CHECKBOX_GROUPS.map((name) => [name, [...new Set(many.get(name) ?? [])]])
		),
		funding: rows<FundingRow & Record<string, string>>('funding', [
			'year',
			'fundingSource',
			'amountSek',
			'note'
		]).map((row) => ({ ...row, amountSek: wholeKronor(row.amountSek) })),
		contactFunction: text('contactFunction'),
		contactEmail: text('contactEmail'),
		contactPhone: text('contactPhone'),
		contactPerson: text('contactPerson'),
		contactConsent: checked(single.get('contactConsent')),
		results: text('results'),
		lessons: text('lessons'),
		links: rows<LinkRow & Record<string, string>>('links', ['url', 'title']),
		goodExample: checked(single.get('goodExample')),
		visibility: text('visibility') || 'public',
		confirmSimilar: checked(single.get('confirmSimilar'))
	};
}

/** What a saved initiative looks like in the form. */
export interface SavedInitiative {
	title: string;
	description: string;
	lead: { id: number } | null;
	partners: { id: number }[];
	otherPartners: string[];
	municipalities: { id: number }[];
	level: string;
	phase: string;
	startsOn: string | null;
	endsOn: string | null;
	goalAreas: string[];
	developmentAreas: string[];
	focusShifts: string[];
	funding: { year: number; fundingSource: string; amountSek: number | null; note: string }[];
	contactFunction: string;
	contactEmail: string;
	contactPhone: string;
	contactPerson: string | null;
	results: string;
	lessons: string;
	links: { url: string; title: string }[];
	goodExample: boolean;
	visibility: string;
}

export function formValuesFromInitiative(i: SavedInitiative): InitiativeFormValues {
	return {
		title: i.title,
		description: i.description,
		leadOrganisationId: i.lead ? String(i.lead.id) : '',
		partnerIds: i.partners.map((p) => String(p.id)),
		otherPartners: i.otherPartners,
		municipalityIds: i.municipalities.map((m) => String(m.id)),
		level: i.level,
		phase: i.phase,
		startsOn: i.startsOn ?? '',
		endsOn: i.endsOn ?? '',
		goalAreas: i.goalAreas,
		developmentAreas: i.developmentAreas,
		focusShifts: i.focusShifts,
		funding: i.funding.map((f) => ({
			year: String(f.year),
			fundingSource: f.fundingSource,
			amountSek: f.amountSek === null ? '' : String(f.amountSek),
			note: f.note
		})),
		contactFunction: i.contactFunction,
		contactEmail: i.contactEmail,
		contactPhone: i.contactPhone,
		contactPerson: i.contactPerson ?? '',
		// a name is only kept with consent
		contactConsent: !!i.contactPerson,
		results: i.results,
		lessons: i.lessons,
		links: i.links.map((l) => ({ url: l.url, title: l.title })),
		goodExample: i.goodExample,
		visibility: i.visibility,
		confirmSimilar: false
	};
}

/** Fields whose list items have their own error paths ("partnerIds.2"); the form shows them on the list. */
const LIST_FIELDS = new Set<string>([...CHECKBOX_GROUPS, 'otherPartners']);

/**
 * The service's field errors as the form shows them: an error of one item
 * of a list belongs to the list's field, so the error summary links to a
 * field that exists.
 */
export function formErrors(fields: Record<string, string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(fields)) {
		const [head] = key.split('.');
		const name = LIST_FIELDS.has(head!) ? head! : key;
		out[name] = [...new Set([...(out[name] ?? []), ...messages])];
	}
	return out;
}
