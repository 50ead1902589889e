import { INITIATIVE_COLUMNS, type InitiativeColumnKey } from './columns.ts';
import { VOCABULARIES } from './vocabularies.ts';

/**
 * Reading the cells of an imported file of initiatives: lists, the
 * vocabularies by key or Swedish label, yes and no, dates, and which column
 * a field of the form came from. Pure.
 */

export const normalise = (s: string) =>
	s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The values of a list cell. `|`, `;` and line breaks always separate; a
 * comma separates too, except inside a known value ("Ledning, styrning och
 * samverkan" stays one goal area).
 */
export function splitList(cell: string, isKnown: (value: string) => boolean = () => false) {
	const out: string[] = [];
	for (const part of cell.split(/[|;\n\r]+/)) {
		const tokens = part.split(',').map((t) => t.trim());
		let i = 0;
		while (i < tokens.length) {
			let taken = 1;
			for (let j = tokens.length; j > i + 1; j--) {
				if (isKnown(tokens.slice(i, j).join(', '))) {
					taken = j - i;
					break;
				}
			}
			const value = tokens
				.slice(i, i + taken)
				.join(', ')
				.trim();
			if (value) out.push(value);
			i += taken;
		}
	}
	return out;
}

/** Keys and Swedish labels of a vocabulary, both case-insensitive, to the key. */
export function vocabulary<K extends string>(labels: Record<K, string>): Map<string, K> {
	const map = new Map<string, K>();
	for (const [key, label] of Object.entries(labels) as [K, string][]) {
		map.set(normalise(key), key);
		map.set(normalise(label), key);
	}
	return map;
}

export const LEVELS = vocabulary(VOCABULARIES.level);
export const PHASES = vocabulary(VOCABULARIES.phase);
export const GOALS = vocabulary(VOCABULARIES.goal_areas);
export const DEVELOPMENT = vocabulary(VOCABULARIES.development_areas);
export const FOCUS = vocabulary(VOCABULARIES.focus_shifts);

export const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
export const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
export const NO = new Set(['', 'nej', 'n', 'no', 'false', 'falskt', '0']);
export const PUBLIC = new Set(['', 'offentlig', 'public', 'öppen']);
export const INTERNAL = new Set(['intern', 'internal']);

/** A date cell: ÅÅÅÅ-MM-DD, also with a time after it (as some programs write dates). */
export function dateCell(cell: string): string {
	const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(cell);
	return m ? m[1]! : cell;
}

/** The field of the form schema (a path of InitiativeInput) → its column in the file. */
export function columnOf(path: PropertyKey[]): InitiativeColumnKey {
	const [field, , sub] = path.map(String);
	if (field === 'funding') {
		return sub === 'fundingSource'
			? 'fundingSources'
			: sub === 'amountSek'
				? 'fundingAmounts'
				: 'fundingYears';
	}
	const byField: Record<string, InitiativeColumnKey> = {
		leadOrganisationId: 'lead',
		partnerIds: 'partners',
		municipalityIds: 'municipalities'
	};
	const key = byField[field ?? ''] ?? field;
	return INITIATIVE_COLUMNS.some((c) => c.key === key) ? (key as InitiativeColumnKey) : 'title';
}
