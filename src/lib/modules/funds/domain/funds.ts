import { DEVELOPMENT_AREAS, type DevelopmentArea } from '../../../core/vocabulary.ts';

/**
 * The account of the state agreement's funds (överenskommelsen om god och
 * nära vård between the state and SKR): which of the inventory's funding
 * rows are the agreement's, and their sums for one year.
 *
 * The inventory has no marker for the agreement: a funding row's source is
 * free text ("Statliga stimulansmedel", "Regeringen", "Egen budget" …). The
 * rule is therefore a word rule, written here once and shown on the page.
 * Money is whole kronor; sums are made with BigInt, so no float can drift.
 */

/** The words in a funding source that make it the agreement's funds. */
const AGREEMENT_WORDS = ['stimulansmedel', 'statsbidrag', 'överenskommelse'] as const;

/** The rule in plain Swedish, as the page and the file state it. */
export const AGREEMENT_RULE =
	'En finansieringsrad räknas som överenskommelsens medel när källan innehåller något av orden ”stimulansmedel”, ”statsbidrag” eller ”överenskommelse” (stora eller små bokstäver spelar ingen roll). Inventeringen har ingen egen markering för överenskommelsen. Andra statliga medel, t.ex. ”Regeringen” för modellområden i glesbygd, räknas inte. Stimulansmedel ur en annan överenskommelse räknas om källan bara säger ”stimulansmedel” – skriv då ut vilken överenskommelse det gäller i källan.';

/** Whether a funding row's source names the state agreement's funds (AGREEMENT_RULE). */
export function isAgreementFunding(fundingSource: string): boolean {
	const s = fundingSource.normalize('NFC').toLocaleLowerCase('sv-SE');
	return AGREEMENT_WORDS.some((w) => s.includes(w));
}

/** Whole kronor added exactly; a sum beyond what a number holds exactly is refused. */
export function sumKronor(amounts: readonly number[]): number {
	let sum = 0n;
	for (const a of amounts) {
		if (!Number.isSafeInteger(a) || a < 0) throw new RangeError(`not whole kronor: ${a}`);
		sum += BigInt(a);
	}
	if (sum > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('sum too large');
	return Number(sum);
}

/** One funding row of the inventory, with what the account needs of its initiative. */
export interface FundingRow {
	initiativeId: number;
	title: string;
	leadOrganisationId: number | null;
	leadOrganisation: string | null;
	developmentAreas: DevelopmentArea[];
	/** when the initiative (and so its funding) was last changed, YYYY-MM-DD */
	changedOn: string;
	year: number;
	fundingSource: string;
	/** whole kronor; null when not known */
	amountSek: number | null;
	note: string;
}

/** A sum of known amounts: null when none is known; rows without an amount are counted beside it. */
interface Sum {
	amountSek: number | null;
	initiatives: number;
	rowsWithoutAmount: number;
}

interface FundedInitiative extends Sum {
	id: number;
	title: string;
	leadOrganisation: string | null;
	developmentAreas: DevelopmentArea[];
	fundingSources: string[];
	changedOn: string;
}

interface FundsSummary {
	/** the years that have rows of the agreement, newest first */
	years: number[];
	total: Sum;
	initiatives: FundedInitiative[];
	byOrganisation: (Sum & { organisationId: number | null; name: string | null })[];
	/** each area the initiatives name; null: initiatives that name none */
	byDevelopmentArea: (Sum & { developmentArea: DevelopmentArea | null })[];
	/** the agreement's rows of the year whose amount is not known */
	missing: FundingRow[];
	/** the newest change of the initiatives counted, YYYY-MM-DD; null when there are none */
	lastChanged: string | null;
}

function sumOf(rows: readonly FundingRow[]): Sum {
	const known = rows.flatMap((r) => (r.amountSek === null ? [] : [r.amountSek]));
	return {
		amountSek: known.length ? sumKronor(known) : null,
		initiatives: new Set(rows.map((r) => r.initiativeId)).size,
		rowsWithoutAmount: rows.length - known.length
	};
}

function groupBy<K>(
	rows: readonly FundingRow[],
	keys: (r: FundingRow) => K[]
): Map<K, FundingRow[]> {
	const groups = new Map<K, FundingRow[]>();
	for (const r of rows) for (const k of keys(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
	return groups;
}

const byName = (a: string | null, b: string | null) =>
	a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'sv');

/**
 * The agreement's funds of one year: per initiative, per lead organisation
 * and per development area (an initiative counts in full in each area it
 * names, so the areas can add up to more than the total), and the rows
 * whose amount is not known. Rows that are not the agreement's are left out.
 */
export function summariseFunds(all: readonly FundingRow[], year: number): FundsSummary {
	const agreement = all.filter((r) => isAgreementFunding(r.fundingSource));
	const rows = agreement.filter((r) => r.year === year);
	const perInitiative = groupBy(rows, (r) => [r.initiativeId]);
	const initiatives = [...perInitiative.values()]
		.map((list) => {
			const first = list[0]!;
			return {
				id: first.initiativeId,
				title: first.title,
				leadOrganisation: first.leadOrganisation,
				developmentAreas: first.developmentAreas,
				fundingSources: [...new Set(list.map((r) => r.fundingSource))],
				changedOn: first.changedOn,
				...sumOf(list)
			};
		})
		.sort((a, b) => a.title.localeCompare(b.title, 'sv') || a.id - b.id);
	const perOrganisation = groupBy(rows, (r) => [r.leadOrganisationId]);
	const byOrganisation = [...perOrganisation.entries()]
		.map(([organisationId, list]) => ({
			organisationId,
			name: list[0]!.leadOrganisation,
			...sumOf(list)
		}))
		.sort((a, b) => byName(a.name, b.name));
	const perArea = groupBy(rows, (r) =>
		r.developmentAreas.length ? [...new Set(r.developmentAreas)] : [null]
	);
	const byDevelopmentArea = [...DEVELOPMENT_AREAS, null]
		.filter((k) => perArea.has(k))
		.map((developmentArea) => ({ developmentArea, ...sumOf(perArea.get(developmentArea)!) }));
	const changed = rows.map((r) => r.changedOn).sort();
	return {
		years: [...new Set(agreement.map((r) => r.year))].sort((a, b) => b - a),
		total: sumOf(rows),
		initiatives,
		byOrganisation,
		byDevelopmentArea,
		missing: rows
			.filter((r) => r.amountSek === null)
			.sort((a, b) => a.title.localeCompare(b.title, 'sv')),
		lastChanged: changed.at(-1) ?? null
	};
}

/** The year shown when none is asked for: the newest with rows, else the current one. */
export function defaultYear(years: readonly number[], today: Date): number {
	return years[0] ?? today.getUTCFullYear();
}

/** Why the account has a plain structure of its own. */
export const OFFICIAL_FORM =
	'Regionerna redovisar genomförda insatser och användningen av medlen till Socialstyrelsen varje år. Socialstyrelsens blankett för redovisningen är inte offentlig, så Nära kan inte fylla i den. Den här redovisningen är därför en enkel, dokumenterad struktur: samma uppgifter som sidan, en tabell per blad, och varje kolumn beskriven på bladet "Om filen". Den kan användas som underlag när redovisningen skrivs.';
