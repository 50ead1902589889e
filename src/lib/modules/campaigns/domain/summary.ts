import { shownTotal, suppress } from './small-groups.ts';

/**
 * The public summary of a campaign, from its answers: the themes with their
 * counts and quotes, and how many answered from each municipality and age
 * band – no count below the minimum group size (small-groups.ts), and quotes
 * only where the person consented and a moderator chose the answer, and only
 * under a theme whose count is shown. Pure.
 */

export interface SummaryAnswer {
	themeId: number | null;
	municipalityId: number | null;
	ageBand: string | null;
	/** the text, when the person consented to a quote and a moderator chose it; else null */
	quote: string | null;
}

export interface SummaryInput {
	themes: { id: number; name: string; description: string }[];
	municipalities: { id: number; name: string }[];
	ageBands: readonly { key: string; label: string }[];
	answers: SummaryAnswer[];
	min: number;
}

export interface Summary {
	total: number | null;
	themes: {
		id: number;
		name: string;
		description: string;
		count: number | null;
		quotes: string[];
	}[];
	/** answers not yet in a theme */
	unthemed: number | null;
	municipalities: { id: number | null; name: string; count: number | null }[];
	ageBands: { key: string | null; label: string; count: number | null }[];
	min: number;
}

const NOT_GIVEN = 'Ej angivet';

function countBy<K>(answers: SummaryAnswer[], key: (a: SummaryAnswer) => K, keys: K[]) {
	return keys.map((k) => ({ key: k, count: answers.filter((a) => key(a) === k).length }));
}

export function summarise({
	themes,
	municipalities,
	ageBands,
	answers,
	min
}: SummaryInput): Summary {
	const themeCells = suppress(
		countBy(answers, (a) => a.themeId, [...themes.map((t) => t.id), null]),
		min
	);
	const muniCells = suppress(
		countBy(answers, (a) => a.municipalityId, [...municipalities.map((m) => m.id), null]),
		min
	);
	const ageCells = suppress(
		countBy(answers, (a) => a.ageBand, [...ageBands.map((b) => b.key), null]),
		min
	);
	const total = shownTotal(answers.length, min);
	return {
		total,
		themes: themes.map((t, i) => {
			const count = themeCells[i]!.count;
			const quotes =
				count === null || count === 0
					? []
					: answers.filter((a) => a.themeId === t.id && a.quote !== null).map((a) => a.quote!);
			return { ...t, count, quotes };
		}),
		unthemed: themeCells.at(-1)!.count,
		municipalities: muniCells
			.map((c, i) => ({
				id: c.key,
				name: municipalities[i]?.name ?? NOT_GIVEN,
				count: c.count
			}))
			.filter((c) => c.count !== 0),
		ageBands: ageCells
			.map((c, i) => ({ key: c.key, label: ageBands[i]?.label ?? NOT_GIVEN, count: c.count }))
			.filter((c) => c.count !== 0),
		min
	};
}
