/**
 * The answers of SCB's PxWeb API v1, read without trusting them: a table's
 * metadata (GET on the table) and its data as JSON-stat 2.0 (POST with
 * `"response": {"format": "json-stat2"}`). Pure.
 *
 * Shapes: PxWeb API 1.0 description (SCB); the JSON-stat 2.0 serializer of
 * PxWeb (statisticssweden/PxWeb, `PCAxis.Serializers` JsonStat2Serializer
 * and its unit tests); json-stat.org's format. `value` is a dense array in
 * row-major order over `id` / `size` (the last dimension varies fastest); a
 * missing figure is null; JSON-stat also allows an object keyed by the flat
 * index, which is read as well.
 */

export interface PxVariable {
	code: string;
	text: string;
	values: string[];
	valueTexts: string[];
	elimination: boolean;
	time: boolean;
}

export interface PxMetadata {
	title: string;
	variables: PxVariable[];
}

export interface JsonStatCell {
	/** the category code of each dimension, by dimension id */
	codes: Record<string, string>;
	value: number | null;
}

export interface JsonStatTable {
	label: string;
	source: string;
	/** ISO date-time of the table's last update, when given */
	updated: string | null;
	dimensions: { id: string; label: string; codes: string[] }[];
	cells: JsonStatCell[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const fail = (problem: string) => ({ ok: false as const, problem });
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A table's metadata: `{title, variables: [{code, text, values, valueTexts, elimination?, time?}]}`. */
export function parseMetadata(body: unknown): Parsed<PxMetadata> {
	if (!isObject(body) || !Array.isArray(body.variables)) return fail('metadata utan "variables"');
	const variables: PxVariable[] = [];
	for (const [i, v] of body.variables.entries()) {
		if (!isObject(v) || typeof v.code !== 'string' || !strings(v.values))
			return fail(`variabel ${i + 1} saknar "code" eller "values"`);
		const texts = strings(v.valueTexts) ? v.valueTexts : v.values;
		if (texts.length !== v.values.length)
			return fail(`variabeln ${v.code} har ${v.values.length} koder men ${texts.length} texter`);
		variables.push({
			code: v.code,
			text: typeof v.text === 'string' ? v.text : v.code,
			values: v.values,
			valueTexts: texts,
			elimination: v.elimination === true,
			time: v.time === true
		});
	}
	return {
		ok: true,
		value: { title: typeof body.title === 'string' ? body.title : '', variables }
	};
}

/** The category codes of a dimension in index order (`index` as an array or as code → position). */
function categoryCodes(dimension: unknown, size: number): string[] | null {
	if (!isObject(dimension) || !isObject(dimension.category)) return null;
	const index = dimension.category.index;
	if (strings(index)) return index.length === size ? index : null;
	if (isObject(index)) {
		const codes = Array.from({ length: size }, (): string | undefined => undefined);
		for (const [code, position] of Object.entries(index)) {
			if (typeof position !== 'number' || position < 0 || position >= size || codes[position])
				return null;
			codes[position] = code;
		}
		return codes.every((c) => typeof c === 'string') ? (codes as string[]) : null;
	}
	// a dimension of one category may leave out the index
	const labels = dimension.category.label;
	if (size === 1 && isObject(labels) && Object.keys(labels).length === 1)
		return Object.keys(labels);
	return null;
}

/** A JSON-stat 2.0 dataset as one cell per combination of categories. */
export function parseJsonStat2(body: unknown): Parsed<JsonStatTable> {
	if (!isObject(body)) return fail('svaret är inget JSON-objekt');
	if (body.class !== 'dataset')
		return fail('svaret är inget JSON-stat-dataset ("class" ≠ "dataset")');
	const { id, size, dimension } = body;
	if (!strings(id) || !Array.isArray(size) || id.length !== size.length || !isObject(dimension))
		return fail('datasetet saknar "id", "size" eller "dimension"');
	if (!size.every((n) => Number.isInteger(n) && n >= 0)) return fail('"size" är inte heltal');
	const dims: JsonStatTable['dimensions'] = [];
	for (const [i, d] of id.entries()) {
		const codes = categoryCodes(dimension[d], size[i] as number);
		if (!codes) return fail(`dimensionen ${d} har inte ${size[i]} kategorier i "index"`);
		const label = isObject(dimension[d]) ? dimension[d].label : undefined;
		dims.push({ id: d, label: typeof label === 'string' ? label : d, codes });
	}
	const total = (size as number[]).reduce((a, b) => a * b, 1);
	const raw = body.value;
	const at: (i: number) => unknown = Array.isArray(raw)
		? (i) => raw[i]
		: isObject(raw)
			? (i) => raw[String(i)] ?? null
			: () => undefined;
	if (!Array.isArray(raw) && !isObject(raw)) return fail('datasetet saknar "value"');
	if (Array.isArray(raw) && raw.length !== total)
		return fail(`"value" har ${raw.length} värden men dimensionerna ger ${total}`);
	const cells: JsonStatCell[] = [];
	for (let flat = 0; flat < total; flat++) {
		const v = at(flat);
		if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
			return fail(`värde ${flat + 1} är inget tal (${JSON.stringify(v)})`);
		const codes: Record<string, string> = {};
		let rest = flat;
		for (let d = dims.length - 1; d >= 0; d--) {
			const n = dims[d]!.codes.length;
			codes[dims[d]!.id] = dims[d]!.codes[rest % n]!;
			rest = Math.floor(rest / n);
		}
		cells.push({ codes, value: v as number | null });
	}
	return {
		ok: true,
		value: {
			label: typeof body.label === 'string' ? body.label : '',
			source: typeof body.source === 'string' ? body.source : '',
			updated: typeof body.updated === 'string' ? body.updated : null,
			dimensions: dims,
			cells
		}
	};
}
