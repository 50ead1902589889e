import { LABELS } from '../labels.ts';

/**
 * How the audit log reads to people: actions and item types in Swedish words,
 * times in Swedish time, and a change (before → after) field by field. Pure:
 * no I/O. Pages, the history view and the CSV export all use these, so they
 * say the same thing.
 */

/** What the actor did, in Swedish; an action Nära does not know is shown as it is stored. */
export function actionLabel(action: string, entityType?: string): string {
	const forType =
		entityType !== undefined && Object.hasOwn(LABELS.entityActions, entityType)
			? LABELS.entityActions[entityType]
			: undefined;
	return forType?.[action] ?? LABELS.actions[action] ?? action;
}

/** The kind of item, in Swedish (lower case); an unknown type is shown as it is stored. */
export function entityLabel(entityType: string): string {
	return LABELS.entities[entityType] ?? entityType;
}

/** Item types whose history is about people and access, not about the county's content. */
export const PEOPLE_ENTITY_TYPES: readonly string[] = ['user', 'api_token', 'role_assignment'];

/** A field of an item, in Swedish (lower case); an unknown field is shown as it is stored. */
export function fieldLabel(field: string): string {
	return LABELS.fields[field] ?? field;
}

/** Shown for a field without a value. */
export const EMPTY = '(tomt)';

/** One stored value as text: empty values, yes/no, known codes in Swedish, anything else as JSON. */
export function formatValue(field: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return EMPTY;
	if (typeof value === 'boolean') return value ? 'ja' : 'nej';
	if (typeof value === 'string') return LABELS.values[field]?.[value] ?? value;
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	return JSON.stringify(value);
}

export interface ChangeLine {
	field: string;
	label: string;
	before: string | null;
	after: string | null;
}

/**
 * A change as people read it:
 *   created  – there was nothing before: the values it got
 *   removed  – nothing after: the values it had
 *   diff     – both sides: only the fields that differ (`unchanged` counts the rest)
 *   none     – neither side recorded
 */
export interface Change {
	mode: 'created' | 'removed' | 'diff' | 'none';
	lines: ChangeLine[];
	unchanged: number;
}

/** Known fields in the order people read an item (title first), then the rest by name. */
function byReadingOrder(a: string, b: string): number {
	const order = Object.keys(LABELS.fields);
	const [i, j] = [order.indexOf(a), order.indexOf(b)];
	if (i >= 0 && j >= 0) return i - j;
	if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
	return a.localeCompare(b, 'sv');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const absent = (v: unknown) => v === null || v === undefined;

/** A value that is not an object of fields is shown as one field without a name. */
const asFields = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : { '': v });

export function describeChange(before: unknown, after: unknown): Change {
	const line = (field: string, b: unknown, a: unknown, hasB: boolean, hasA: boolean) => ({
		field,
		label: field === '' ? 'värde' : fieldLabel(field),
		before: hasB ? formatValue(field, b) : null,
		after: hasA ? formatValue(field, a) : null
	});
	if (absent(before) && absent(after)) return { mode: 'none', lines: [], unchanged: 0 };
	if (absent(before)) {
		const fields = asFields(after);
		return {
			mode: 'created',
			lines: Object.keys(fields)
				.sort(byReadingOrder)
				.map((k) => line(k, null, fields[k], false, true)),
			unchanged: 0
		};
	}
	if (absent(after)) {
		const fields = asFields(before);
		return {
			mode: 'removed',
			lines: Object.keys(fields)
				.sort(byReadingOrder)
				.map((k) => line(k, fields[k], null, true, false)),
			unchanged: 0
		};
	}
	const b = asFields(before);
	const a = asFields(after);
	const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(byReadingOrder);
	const differs = (k: string) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null);
	const changed = keys.filter(differs);
	return {
		mode: 'diff',
		lines: changed.map((k) => line(k, b[k], a[k], true, true)),
		unchanged: keys.length - changed.length
	};
}

/** A change on one line of text, for the CSV export: "rubrik: A → B; text: C → D". */
export function changeText(change: Change): string {
	const value = (l: ChangeLine) =>
		change.mode === 'diff' ? `${l.before} → ${l.after}` : (l.after ?? l.before ?? EMPTY);
	const lines = change.lines.map((l) => `${l.label}: ${value(l)}`).join('; ');
	if (change.mode === 'removed') return `före: ${lines}`;
	if (change.mode === 'diff' && !change.lines.length) return 'inga fält ändrades';
	return lines;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/**
 * At most `max` characters as people count them (an emoji with its skin tone,
 * a flag, a letter with its accent is one and never cut), saying how much was
 * left out.
 */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const chars = Array.from(graphemes.segment(text), (s) => s.segment);
	if (chars.length <= max) return text;
	return `${chars.slice(0, max).join('')}… (${chars.length - max} tecken till)`;
}

const STOCKHOLM = 'Europe/Stockholm';

const readable = new Intl.DateTimeFormat('sv-SE', {
	timeZone: STOCKHOLM,
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});

const numeric = new Intl.DateTimeFormat('sv-SE', {
	timeZone: STOCKHOLM,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

function parts(at: Date): Record<string, string> {
	return Object.fromEntries(numeric.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "12 mars 2025 kl. 14:03", Swedish time. */
export function formatTimestamp(at: Date): string {
	return readable.format(at);
}

/** "2025-03-12 14:03:05", Swedish time: what a spreadsheet reads as a date and time. */
export function formatTimestampNumeric(at: Date): string {
	const p = parts(at);
	return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The date in Sweden at that moment, YYYY-MM-DD. */
export function stockholmDate(at: Date): string {
	const p = parts(at);
	return `${p.year}-${p.month}-${p.day}`;
}

/** An audit entry as the pages show it: the time formatted on the server, words in Swedish. */
export interface ShownEntry {
	id: number;
	/** ISO 8601, for <time datetime> */
	at: string;
	/** "12 mars 2025 kl. 14:03" */
	when: string;
	actorLabel: string;
	action: string;
	actionText: string;
	entityType: string;
	entityText: string;
	entityId: string;
	before: unknown;
	after: unknown;
}

export function showEntry(e: {
	id: number;
	at: Date;
	actorLabel: string;
	action: string;
	entityType: string;
	entityId: string;
	before: unknown;
	after: unknown;
}): ShownEntry {
	return {
		id: e.id,
		at: e.at.toISOString(),
		when: formatTimestamp(e.at),
		actorLabel: e.actorLabel,
		action: e.action,
		actionText: actionLabel(e.action, e.entityType),
		entityType: e.entityType,
		entityText: entityLabel(e.entityType),
		entityId: e.entityId,
		before: e.before,
		after: e.after
	};
}

/** What an item is called in its latest recorded version (its title or name), if any. */
export function itemName(entries: { before: unknown; after: unknown }[]): string | null {
	for (const e of [...entries].reverse()) {
		for (const side of [e.after, e.before]) {
			if (isRecord(side)) {
				const name = side.title ?? side.name;
				if (typeof name === 'string' && name) return name;
			}
		}
	}
	return null;
}
