import { z } from './zod.ts';

/**
 * Inputs for editing the county's content. One schema per input serves the
 * form, the API and the OpenAPI document. Messages are Swedish and say what
 * is wrong with the field.
 */

const text = (label: string, max: number) =>
	z
		.string({ error: `Skriv ${label}.` })
		.trim()
		.min(1, { error: `Skriv ${label}.` })
		.max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} får ha högst ${max} tecken.` });

const optionalText = (label: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} får ha högst ${max} tecken.` })
		.default('');

/** An empty form field means "not given". */
const optionalInt = (message: string, min: number, max: number) =>
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

export const TimelineEventInput = z
	.object({
		title: text('en rubrik', 300),
		body: optionalText('texten', 5000),
		year: z.coerce
			.number({ error: 'Året ska vara ett årtal, t.ex. 2024.' })
			.int({ error: 'Året ska vara ett årtal, t.ex. 2024.' })
			.min(1900, { error: 'Året ska vara 1900 eller senare.' })
			.max(2100, { error: 'Året ska vara 2100 eller tidigare.' }),
		month: optionalInt('Månaden ska vara ett tal 1–12.', 1, 12),
		day: optionalInt('Dagen ska vara ett tal 1–31.', 1, 31),
		periodLabel: optionalText('perioden', 100).openapi({
			description: 'hur perioden skrivs, t.ex. "Våren 2024"; tomt = året'
		}),
		visibility: Visibility.default('public')
	})
	.refine((v) => v.day === undefined || v.month !== undefined, {
		error: 'Ange månaden när du anger en dag.',
		path: ['month']
	})
	.refine(
		(v) =>
			v.day === undefined ||
			v.month === undefined ||
			new Date(Date.UTC(v.year, v.month - 1, v.day)).getUTCDate() === v.day,
		{ error: 'Datumet finns inte i kalendern.', path: ['day'] }
	)
	.openapi('TimelineEventInput');

export const TimelineEventUpdate = z
	.intersection(TimelineEventInput, z.object({ revision: Revision }))
	.openapi('TimelineEventUpdate');

export const ArchiveInput = z.object({ revision: Revision }).openapi('ArchiveInput');

export type TimelineEventInput = z.infer<typeof TimelineEventInput>;
