import { z } from './zod.ts';

/**
 * Inputs for editing the county's content. One schema per input serves the
 * form, the API and the OpenAPI document. Messages are Swedish and say what
 * is wrong with the field.
 */

export const text = (label: string, max: number) =>
	z
		.string({ error: `Skriv ${label}.` })
		.trim()
		.min(1, { error: `Skriv ${label}.` })
		.max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} får ha högst ${max} tecken.` });
export const optionalText = (label: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} får ha högst ${max} tecken.` })
		.default('');
/** An empty form field means "not given". */
export const optionalInt = (message: string, min: number, max: number) =>
	z.preprocess(
		(v) => (v === '' || v === null || v === undefined ? undefined : v),
		z.coerce
			.number({ error: message })
			.int({ error: message })
			.min(min, { error: message })
			.max(max, { error: message })
			.optional()
	);
export const Visibility = z
	.enum(['public', 'internal'], { error: 'Välj om uppgiften är offentlig eller intern.' })
	.openapi({ description: 'public: alla får läsa; internal: bara inloggade med roll i länet' });
export const Revision = z.coerce
	.number({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
	.int()
	.positive()
	.openapi({
		description: 'revisionen som ändringen bygger på; en äldre revision ger 409 Conflict'
	});
export const ArchiveInput = z.object({ revision: Revision }).openapi('ArchiveInput');
/** A change: the whole input, and the revision the change is based on. */
export const withRevision = <T extends z.ZodType>(input: T, name: string) =>
	z.intersection(input, z.object({ revision: Revision })).openapi(name);
// ——— Decisions

export const isCalendarDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
/** An empty field of a form (or null from the API) is no value. */
export const emptyIsNone = (v: unknown) => (v === '' || v === null ? undefined : v);
/** The id of a row: a whole number from 1 (a form sends it as text). */
export const rowId = (message: string) =>
	z.coerce
		.number({ error: message })
		.int({ error: message })
		.min(1, { error: message })
		.max(2147483647, { error: message });
export const requiredId = (message: string) => z.preprocess(emptyIsNone, rowId(message));
/** A checkbox: "on" from a form, a boolean from the API; absent is no. */
export const checkbox = z.preprocess(
	(v) => v === true || v === 'on' || v === 'true',
	z.boolean()
) as unknown as z.ZodBoolean;
