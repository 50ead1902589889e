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

// ——— Vision: a new version is published as a whole

const VISION_ITEM_KINDS = [
	'citizen_statement',
	'focus_shift',
	'principle',
	'core_value',
	'direction_stage',
	'concept',
	'strategy_step'
] as const;

/**
 * One row of the vision form. A row with an empty title is left out of the
 * new version: that is how an item is removed, and how the form's empty rows
 * for new items are ignored.
 */
export const VisionItemDraft = z
	.object({
		kind: z.enum(VISION_ITEM_KINDS, { error: 'Välj vilken del av målbilden raden hör till.' }),
		id: optionalInt(
			'Raden hänvisar till en del av målbilden som inte finns.',
			1,
			2147483647
		).openapi({
			description:
				'id för delen i en tidigare version som raden bygger på; utelämnas för en ny del. En oförändrad del behåller sin källa.'
		}),
		title: optionalText('rubriken', 500).openapi({
			description: 'tom rubrik = delen tas bort ur den nya versionen'
		}),
		body: optionalText('texten', 10000),
		fromText: optionalText('från-texten', 500).openapi({
			description: 'för förflyttningar (focus_shift): vad vi går från'
		}),
		toText: optionalText('till-texten', 500).openapi({
			description: 'för förflyttningar (focus_shift): vad vi går till'
		})
	})
	.superRefine((item, ctx) => {
		if (!item.title) {
			if (item.id === undefined && (item.body || item.fromText || item.toText))
				ctx.addIssue({
					code: 'custom',
					path: ['title'],
					message: 'Skriv en rubrik, eller töm raden.'
				});
			return;
		}
		if (item.kind !== 'focus_shift') return;
		if (!item.fromText)
			ctx.addIssue({
				code: 'custom',
				path: ['fromText'],
				message: 'Skriv vad förflyttningen går från.'
			});
		if (!item.toText)
			ctx.addIssue({
				code: 'custom',
				path: ['toText'],
				message: 'Skriv vad förflyttningen går till.'
			});
	})
	.openapi('VisionItemDraft');

export const VisionVersionInput = z
	.object({
		basedOnVersion: z.coerce
			.number({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.int({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.min(0, { error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.openapi({
				description:
					'versionen som den nya bygger på (0 när länet saknar målbild); har en nyare publicerats ger det 409 Conflict'
			}),
		title: text('en rubrik', 300),
		subtitle: optionalText('underrubriken', 300),
		intro: text('en ingress', 5000),
		visibility: Visibility.default('public'),
		items: z
			.array(VisionItemDraft, { error: 'Målbildens delar ska vara en lista.' })
			.max(500, { error: 'Målbilden får ha högst 500 delar.' })
			.default([])
	})
	.openapi('VisionVersionInput');

export type VisionVersionInput = z.infer<typeof VisionVersionInput>;

// ——— Roadmap

export const RoadmapUpdate = z
	.object({
		title: text('en rubrik', 300),
		intro: optionalText('ingressen', 10000),
		revision: Revision
	})
	.openapi('RoadmapUpdate');

export const RoadmapItemInput = z
	.object({
		kind: z.enum(['goal_area', 'milestone'], {
			error: 'Välj om punkten är ett målområde eller en milstolpe.'
		}),
		title: text('en rubrik', 300),
		body: optionalText('texten', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('RoadmapItemInput');

export const RoadmapItemUpdate = z
	.object({
		title: text('en rubrik', 300),
		body: optionalText('texten', 10000),
		visibility: Visibility.default('public'),
		revision: Revision
	})
	.openapi('RoadmapItemUpdate');

// ——— Bodies (samverkansorgan)

export const GroupInput = z
	.object({
		name: text('ett namn', 200),
		level: z.enum(['county', 'subregional', 'local', 'political'], {
			error: 'Välj organets nivå.'
		}),
		composition: optionalText('sammansättningen', 10000),
		mandate: optionalText('uppdraget', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('GroupInput');

export const GroupUpdate = z
	.intersection(GroupInput, z.object({ revision: Revision }))
	.openapi('GroupUpdate');

// ——— Decisions

export const isCalendarDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const requiredId = (message: string) =>
	z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.coerce
			.number({ error: message })
			.int({ error: message })
			.min(1, { error: message })
			.max(2147483647, { error: message })
	);

export const DecisionInput = z
	.object({
		organisationId: requiredId('Välj organisationen som fattade beslutet.').openapi({
			description: 'organisationen i länet som fattade beslutet'
		}),
		groupId: optionalInt('Välj ett organ i listan, eller inget.', 1, 2147483647).openapi({
			description: 'organet där beslutet fattades, om något'
		}),
		subject: z.enum(['vision_adoption', 'roadmap_approval', 'other'], {
			error: 'Välj vad beslutet gäller.'
		}),
		title: text('en rubrik', 300),
		decidedOn: z
			.string({ error: 'Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2022-03-28.' })
			.trim()
			.superRefine((v, ctx) => {
				// one message: the first thing that is wrong
				const message = !/^\d{4}-\d{2}-\d{2}$/.test(v)
					? 'Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2022-03-28.'
					: !isCalendarDate(v)
						? 'Datumet finns inte i kalendern.'
						: v < '1900-01-01' || v > '2100-12-31'
							? 'Datumet ska ligga mellan år 1900 och 2100.'
							: null;
				if (message) ctx.addIssue({ code: 'custom', message });
			})
			.openapi({ description: 'ÅÅÅÅ-MM-DD; med datePrecision month sparas dagen som 01' }),
		datePrecision: z
			.enum(['day', 'month'], { error: 'Välj om dagen eller bara månaden är känd.' })
			.default('day'),
		description: optionalText('beskrivningen', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('DecisionInput');

export const DecisionUpdate = z
	.intersection(DecisionInput, z.object({ revision: Revision }))
	.openapi('DecisionUpdate');

export type DecisionInput = z.infer<typeof DecisionInput>;
export type GroupInput = z.infer<typeof GroupInput>;
