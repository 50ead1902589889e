/**
 * What a use case returns: its value, or why not. Form actions turn an outcome
 * into `fail(…)`, the API into a status code with one error shape.
 */
export type Outcome<T> =
	| { kind: 'ok'; value: T }
	| { kind: 'invalid'; message: string; fields: Record<string, string[]> }
	| { kind: 'not_found'; message: string }
	| { kind: 'forbidden'; message: string }
	| { kind: 'conflict'; message: string };

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
