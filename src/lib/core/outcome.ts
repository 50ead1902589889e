/**
 * What a use case returns: its value, or why not. Form actions turn an outcome
 * into `fail(…)`, the API into a status code with one error shape.
 */
export type Outcome<T> =
	| { kind: 'ok'; value: T }
	| { kind: 'invalid'; message: string; fields: Record<string, string[]> }
	| { kind: 'not_found'; message: string }
	| { kind: 'forbidden'; message: string }
	| { kind: 'conflict'; message: string; current?: unknown }
	| { kind: 'too_many'; message: string };

export const ok = <T>(value: T): Outcome<T> => ({ kind: 'ok', value });
export const notFound = <T = never>(message: string): Outcome<T> => ({
	kind: 'not_found',
	message
});
export const invalid = <T = never>(
	message: string,
	fields: Record<string, string[]>
): Outcome<T> => ({
	kind: 'invalid',
	message,
	fields
});
export const forbidden = <T = never>(
	message = 'Du har inte behörighet att göra det här.'
): Outcome<T> => ({
	kind: 'forbidden',
	message
});

/** Field errors from a failed zod parse, keyed by the field's name (dotted path). */
export function fieldErrors(
	issues: { path: PropertyKey[]; message: string }[]
): Record<string, string[]> {
	const fields: Record<string, string[]> = {};
	for (const issue of issues) {
		const name = issue.path.map(String).join('.') || 'form';
		(fields[name] ??= []).push(issue.message);
	}
	return fields;
}

/**
 * What a `conflict` carries to an edit form: the item as it is saved now,
 * and who saved it, when (from the audit log). Client-safe, for the pages.
 */
export interface SavedMeanwhile<T> {
	current: T;
	changedBy: string | null;
	changedAt: string | null;
}
