/**
 * A row id sent in a form (a hidden field): a positive integer that fits
 * PostgreSQL's integer, or 0 (which matches no row) for anything else, so a
 * tampered value ends in "not found" and never in a database error.
 */
export function formId(value: string | undefined): number {
	return value && /^[1-9]\d{0,8}$/.test(value.trim()) ? Number(value.trim()) : 0;
}

/** Whether a number can be a row id (a positive PostgreSQL integer): anything else matches no row. */
export function isRowId(id: number): boolean {
	return Number.isInteger(id) && id >= 1 && id <= 2147483647;
}
