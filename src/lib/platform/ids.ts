/**
 * A row id sent in a form (a hidden field): a positive integer that fits
 * PostgreSQL's integer, or 0 (which matches no row) for anything else, so a
 * tampered value ends in "not found" and never in a database error.
 */
export function formId(value: string | undefined): number {
	return value && isIdParam(value.trim()) ? Number(value.trim()) : 0;
}

/**
 * The one rule for an id in an address or a form: a positive integer of at
 * most nine digits (it fits PostgreSQL's integer). The route matcher
 * `[id=id]` (src/params/id.ts) and formId both use it.
 */
export function isIdParam(value: string): boolean {
	return /^[1-9]\d{0,8}$/.test(value);
}

/** A county in an address: its two-digit code ("17") or its slug ("varmland", "vastra-gotaland"). */
export function isCountyParam(value: string): boolean {
	return /^(\d{2}|[a-z0-9]+(-[a-z0-9]+)*)$/.test(value) && value.length <= 60;
}

/** Whether a number can be a row id (a positive PostgreSQL integer): anything else matches no row. */
export function isRowId(id: number): boolean {
	return Number.isInteger(id) && id >= 1 && id <= 2147483647;
}
