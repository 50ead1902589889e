import { ZodObject, type z } from 'zod';

/**
 * How many problems a row has, without their messages: for the rows after
 * the errors kept (`limits.maxErrors`), which are only counted ("och 12 345
 * fel till").
 *
 * For a row schema that is a plain object (no checks of its own, no other
 * keys than the columns'), each cell is checked by its own field's schema,
 * as the object does, and the issues are counted as raised: never turned
 * into messages or a ZodError, never gathered under the object with their
 * paths. That is what a file of a million bad rows would otherwise allocate
 * for nothing, and V8 keeps it long: an object's issues survive into the old
 * generation, so the process grew by hundreds of MB before a full collection
 * (measured with the bad measurement rows of tests/imports/bad/corpus.ts).
 *
 * A field's schema depends on its cell alone (what needs other rows or the
 * database belongs in the import's `check`), so the count of each cell value
 * is remembered, for the first 4,096 values of each field: a bad file is
 * mostly bad in the same way (the same wrong indicator, area or number
 * format on every row), and a remembered value costs nothing to check again.
 *
 * null: the schema is not such an object (e.g. it checks the row as a
 * whole); the caller counts its safeParse issues instead.
 */
/** The cell values remembered per field, with their count of issues. */
const SEEN_PER_FIELD = 4096;

export function issueCounter(
	schema: z.ZodType,
	keys: readonly string[]
): ((cells: Record<string, string>) => number) | null {
	if (!(schema instanceof ZodObject)) return null;
	const def = schema.def;
	if (def.checks?.length || def.catchall) return null;
	const shape = schema.shape as Record<string, z.ZodType>;
	const fields = Object.keys(shape);
	if (fields.length !== keys.length || !keys.every((k) => Object.hasOwn(shape, k))) return null;
	const seen = new Map(fields.map((key) => [key, new Map<string, number>()]));
	const count = (key: string, value: string) => {
		const result = shape[key]!._zod.run({ value, issues: [] }, { async: false });
		if (result instanceof Promise) throw new Error('issueCounter: the row schema is asynchronous');
		return result.issues.length;
	};
	return (cells) => {
		let n = 0;
		for (const key of fields) {
			const value = cells[key] ?? '';
			const known = seen.get(key)!;
			let issues = known.get(value);
			if (issues === undefined) {
				issues = count(key, value);
				if (known.size < SEEN_PER_FIELD) known.set(value, issues);
			}
			n += issues;
		}
		return n;
	};
}
