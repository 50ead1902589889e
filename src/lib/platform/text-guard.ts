/**
 * The one rule for text that Nära takes in, wherever it comes from: the
 * address (path and query string), JSON bodies, form fields and the cells of
 * imported files. Text must not hold
 *
 *   - NUL (U+0000), which PostgreSQL cannot store,
 *   - other C0 control characters (U+0001–U+001F) except tab, line feed and
 *     carriage return, which no person types,
 *   - a lone UTF-16 surrogate (half of a character, U+D800–U+DFFF unpaired),
 *     which is not text at all,
 *
 * and an address must be valid percent-encoded UTF-8. Whatever breaks it is
 * refused with 400 and a Swedish message saying which character and where,
 * before anything reaches the database.
 */

/** What is wrong with a text, for a message: "NUL", "styrtecknet U+001B" … */
export interface TextFault {
	/** where in the text (UTF-16 index) */
	index: number;
	/** the character named for people, e.g. "NUL" or "styrtecknet U+001B" */
	name: string;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of `text` that the rule refuses, or null when the text is fine. */
export function textFault(text: string): TextFault | null {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20) {
			if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
			return { index: i, name: c === 0 ? 'NUL' : `styrtecknet ${hex(c)}` };
		}
		if (c >= 0xd800 && c <= 0xdfff) {
			const next = text.charCodeAt(i + 1);
			if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				i++; // a whole pair: one character outside the BMP
				continue;
			}
			return { index: i, name: `ett halvt UTF-16-tecken, ${hex(c)}` };
		}
	}
	return null;
}

/** "Adressen innehåller ett otillåtet tecken (NUL) i parametern q." and its kin. */
export function faultMessage(what: string, fault: TextFault, where: string): string {
	return `${what} innehåller ett otillåtet tecken (${fault.name}) ${where}.`;
}

// ——— The address ————————————————————————————————————————————————————————

/** A component of the address decoded, or the first broken %-sequence in it. */
function decodeComponent(raw: string): { text: string } | { broken: string } {
	try {
		return { text: decodeURIComponent(raw) };
	} catch {
		// name the first sequence that does not decode on its own or with the bytes after it
		const seqs = raw.match(/(%[0-9A-Fa-f]{2})+|%.{0,2}/g) ?? ['%'];
		for (const seq of seqs) {
			try {
				decodeURIComponent(seq);
			} catch {
				return { broken: seq.slice(0, 12) };
			}
		}
		return { broken: seqs[0]!.slice(0, 12) };
	}
}

/**
 * Why the address (path and query string) of a request is refused, as a
 * Swedish sentence, or null when it is fine. The path is checked segment by
 * segment, the query string parameter by parameter ("+" is a space there).
 */
export function addressFault(url: URL): string | null {
	for (const segment of url.pathname.split('/')) {
		const decoded = decodeComponent(segment);
		if ('broken' in decoded)
			return `Adressen innehåller en ogiltig procentkodning (${decoded.broken}) i sökvägen.`;
		const fault = textFault(decoded.text);
		if (fault) return faultMessage('Adressen', fault, 'i sökvägen');
	}
	const query = url.search.slice(1);
	if (query === '') return null;
	for (const pair of query.split('&')) {
		const at = pair.indexOf('=');
		const rawName = (at < 0 ? pair : pair.slice(0, at)).replaceAll('+', ' ');
		const rawValue = at < 0 ? '' : pair.slice(at + 1).replaceAll('+', ' ');
		const name = decodeComponent(rawName);
		if ('broken' in name)
			return `Adressen innehåller en ogiltig procentkodning (${name.broken}) i namnet på en parameter.`;
		const nameFault = textFault(name.text);
		if (nameFault) return faultMessage('Adressen', nameFault, 'i namnet på en parameter');
		const shown = name.text.slice(0, 40);
		const value = decodeComponent(rawValue);
		if ('broken' in value)
			return `Adressen innehåller en ogiltig procentkodning (${value.broken}) i parametern ${shown}.`;
		const valueFault = textFault(value.text);
		if (valueFault) return faultMessage('Adressen', valueFault, `i parametern ${shown}`);
	}
	return null;
}

// ——— JSON, forms and file cells ————————————————————————————————————————————

/** How deep a JSON body may nest objects and arrays (Nära's own inputs need three). */
export const MAX_JSON_DEPTH = 32;

/** A JSON field's path for people: `title`, `items[2].name`. */
function fieldPath(parent: string, key: string | number): string {
	if (typeof key === 'number') return `${parent}[${key}]`;
	return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Why a parsed JSON body is refused, with the field it concerns (its path,
 * "" for the body itself), or null when every key and string in it keeps the
 * rule and it nests no deeper than MAX_JSON_DEPTH. Walks without recursion,
 * so no body can exhaust the stack.
 */
export function jsonFault(value: unknown): { field: string; message: string } | null {
	const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
	while (stack.length > 0) {
		const item = stack.pop()!;
		const where = item.path === '' ? 'i anropet' : `i fältet ${item.path}`;
		if (typeof item.value === 'string') {
			const fault = textFault(item.value);
			if (fault)
				return {
					field: item.path,
					message: faultMessage('Anropet', fault, `i fältet ${item.path}`)
				};
			continue;
		}
		if (item.value === null || typeof item.value !== 'object') continue;
		if (item.depth >= MAX_JSON_DEPTH)
			return {
				field: item.path,
				message: `Anropet är för djupt nästlat ${where} (högst ${MAX_JSON_DEPTH} nivåer).`
			};
		if (Array.isArray(item.value)) {
			for (let i = item.value.length - 1; i >= 0; i--)
				stack.push({
					value: item.value[i],
					path: fieldPath(item.path, i),
					depth: item.depth + 1
				});
			continue;
		}
		const entries = Object.entries(item.value as Record<string, unknown>);
		for (let i = entries.length - 1; i >= 0; i--) {
			const [key, child] = entries[i]!;
			const keyFault = textFault(key);
			if (keyFault)
				return {
					field: item.path,
					message: faultMessage('Anropet', keyFault, `i ett fältnamn ${where}`)
				};
			stack.push({ value: child, path: fieldPath(item.path, key), depth: item.depth + 1 });
		}
	}
	return null;
}

/** Why a submitted form field is refused, or null: "Formuläret innehåller … i fältet title." */
export function formFieldFault(name: string, value: string): string | null {
	const nameFault = textFault(name);
	if (nameFault) return faultMessage('Formuläret', nameFault, 'i namnet på ett fält');
	const fault = textFault(value);
	return fault ? faultMessage('Formuläret', fault, `i fältet ${name.slice(0, 40)}`) : null;
}

/**
 * Why a cell of an imported file is refused, or null when it keeps the rule:
 * "Filen innehåller ett otillåtet tecken (NUL) på rad 3 i kolumnen titel."
 * `row` is the row number people see (the header is row 1); `column` the
 * column's heading or letter.
 */
export function cellFault(text: string, row: number, column: string): string | null {
	const fault = textFault(text);
	return fault ? faultMessage('Filen', fault, `på rad ${row} i kolumnen ${column}`) : null;
}

/**
 * Whether an error is PostgreSQL refusing text (NUL in text, `\u0000` in
 * jsonb: character_not_in_repertoire 22021, untranslatable_character 22P05),
 * also wrapped (Drizzle's "Failed query" has it as its cause). The backstop
 * for text that reached the database past the rule: it is the input's fault,
 * a 400, never a 500.
 */
export function isRefusedTextError(error: unknown): boolean {
	let e = error;
	for (let i = 0; i < 6 && e && typeof e === 'object'; i++) {
		const code = (e as { code?: unknown }).code;
		if (code === '22021' || code === '22P05') return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

/** The message for that backstop. */
export const REFUSED_TEXT_MESSAGE =
	'Indata innehåller ett otillåtet tecken (t.ex. NUL) som inte kan sparas. Ta bort det och försök igen.';
