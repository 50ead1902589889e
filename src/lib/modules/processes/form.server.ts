import type { ProcessFields } from './schema.ts';

/**
 * The process form's plain fields: the names whose checked boxes are lists,
 * and a process's fields as the strings the form shows (lists joined by
 * commas, as the form sends them back).
 */

export const PROCESS_LISTS = ['goalAreas', 'participants', 'initiatives'] as const;

export function formValuesOf(fields: ProcessFields, revision: number): Record<string, string> {
	const values: Record<string, string> = { revision: String(revision) };
	for (const [k, v] of Object.entries(fields))
		values[k] = Array.isArray(v) ? v.join(',') : v === null ? '' : String(v);
	return values;
}
