import { optionalText, text } from '../../../core/fields.ts';
import { FOCUS_SHIFTS } from '../../../core/vocabulary.ts';
import { z } from '../../../core/zod.ts';
import { parseDecimal } from '../../../platform/imports/numbers.ts';

/**
 * Inputs of the follow-up: searching the catalogue, a county's own
 * indicators, targets, reading measurements, and one row of a measurement
 * file. One schema per input serves the form, the API and the CLI; the
 * messages are Swedish and say what is wrong with the field.
 */

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export const FocusShiftKey = z.enum(FOCUS_SHIFTS, {
	error: 'Välj en av de fyra omställningarna.'
});
export const Direction = z.enum(['higher_is_better', 'lower_is_better', 'neither'], {
	error: 'Välj om ett högre värde är bättre, sämre eller ingetdera.'
});
export const Aggregation = z.enum(['sum', 'population_weighted', 'none'], {
	error: 'Välj hur länets värde räknas fram: summa, befolkningsviktat medelvärde eller inte alls.'
});
export const Gender = z.enum(['T', 'K', 'M'], {
	error: 'Kön ska vara T (totalt), K (kvinnor) eller M (män).'
});
export const LinkKind = z.enum(['focus_shift', 'development_area', 'goal_area', 'process'], {
	error: 'Välj vad nyckeltalet följer upp: omställning, utvecklingsområde, målområde eller process.'
});

const year = (message: string) =>
	z.coerce
		.number({ error: message })
		.int({ error: message })
		.min(FIRST_YEAR, { error: message })
		.max(LAST_YEAR, { error: message });

const Revision = z.coerce
	.number({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
	.int()
	.positive();

/** A Kolada area id: 0000 Riket, 00XX a region, a municipality code. */
export const AreaId = z
	.string({
		error: 'Ange området som Kolada-id, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
	})
	.trim()
	.regex(/^\d{4}$/, {
		error:
			'Ange området som Kolada-id med fyra siffror, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
	});

/** A checkbox: "on"/"true" from a form, true/false from the API. */
const checkbox = z.preprocess(
	(v) => v === true || v === 'on' || v === 'true' || v === '1',
	z.boolean()
);

export const CatalogueQuery = z.object({
	q: z
		.string()
		.trim()
		.max(200, { error: 'Sökningen får ha högst 200 tecken.' })
		.default('')
		.openapi({ description: 'fritext (svenska) eller ett Kolada-id, t.ex. "fall" eller N20402' }),
	source: z
		.enum(['', 'kolada', 'own'], { error: 'Välj Kolada eller länets egna nyckeltal.' })
		.default(''),
	county: z
		.string()
		.regex(/^\d{2}$/, { error: 'Länskoden ska ha två siffror, t.ex. 17.' })
		.optional()
		.openapi({ description: 'länet vars egna nyckeltal tas med' }),
	limit: z.coerce
		.number({ error: 'Ange hur många träffar som ska visas (1–100).' })
		.int()
		.min(1, { error: 'Ange hur många träffar som ska visas (1–100).' })
		.max(100, { error: 'Ange hur många träffar som ska visas (1–100).' })
		.default(20),
	offset: z.coerce
		.number({ error: 'Ange var i träfflistan du vill börja (0 eller mer).' })
		.int()
		.min(0, { error: 'Ange var i träfflistan du vill börja (0 eller mer).' })
		.default(0)
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;

export const IndicatorLinkInput = z.object({
	kind: LinkKind,
	key: z
		.string({ error: 'Ange nyckeln för det som följs upp.' })
		.trim()
		.regex(/^[a-z0-9_-]{1,80}$/, {
			error: 'Nyckeln får bara ha små bokstäver a–z, siffror, - och _ (högst 80 tecken).'
		})
});

/** A county's own indicator: what it measures, and how to read it. */
export const OwnIndicatorInput = z
	.object({
		title: text('en rubrik', 300),
		description: optionalText('definitionen', 5000).openapi({
			description: 'definitionen: vad som mäts och hur'
		}),
		unit: optionalText('enheten', 50).openapi({ example: 'andel (%)' }),
		direction: Direction.default('neither'),
		source: z
			.enum(['own', 'scb'], { error: 'Välj om uppgifterna är länets egna eller kommer från SCB.' })
			.default('own'),
		frequency: optionalText('frekvensen', 50)
			.transform((v) => v || 'år')
			.openapi({ description: 'hur ofta värdet tas fram, t.ex. "år", "kvartal"' }),
		hasGenderSplit: checkbox.default(false),
		aggregation: Aggregation.default('none'),
		operatingArea: optionalText('verksamhetsområdet', 200),
		visibility: z
			.enum(['public', 'internal'], { error: 'Välj om nyckeltalet är offentligt eller internt.' })
			.default('public'),
		links: z.array(IndicatorLinkInput).max(50, { error: 'Högst 50 kopplingar.' }).default([])
	})
	.superRefine((v, ctx) => {
		for (const [i, link] of v.links.entries()) {
			if (link.kind === 'focus_shift' && !FocusShiftKey.safeParse(link.key).success) {
				ctx.addIssue({
					code: 'custom',
					path: ['links', i, 'key'],
					message: 'Omställningen ska vara person, co_creator, proactive eller coordination.'
				});
			}
		}
	})
	.openapi('OwnIndicatorInput');
export type OwnIndicatorInput = z.infer<typeof OwnIndicatorInput>;

export const OwnIndicatorUpdate = z
	.intersection(OwnIndicatorInput, z.object({ revision: Revision }))
	.openapi('OwnIndicatorUpdate');

/** A number as people write it: 12,5 or 12.5. */
const decimal = (message: string) =>
	z.preprocess(
		(v) => {
			if (typeof v === 'number') return v;
			if (typeof v !== 'string') return undefined;
			const parsed = parseDecimal(v);
			return parsed.kind === 'number' ? parsed.value : parsed.kind === 'empty' ? undefined : NaN;
		},
		z.number({ error: message })
	);

/** A target for an indicator, area, year and gender. */
export const TargetInput = z
	.object({
		indicatorId: z.coerce
			.number({ error: 'Välj ett nyckeltal.' })
			.int({ error: 'Välj ett nyckeltal.' })
			.positive({ error: 'Välj ett nyckeltal.' })
			.openapi({
				description: 'nyckeltalets id i Nära; API:t tar också Koladas id som text, t.ex. "N20402"',
				example: 42
			}),
		areaId: AreaId,
		period: year(`Året ska vara ett årtal ${FIRST_YEAR}–${LAST_YEAR}.`),
		gender: Gender.default('T'),
		value: decimal('Målvärdet ska vara ett tal, t.ex. 12,5.'),
		note: optionalText('kommentaren', 1000),
		visibility: z
			.enum(['public', 'internal'], { error: 'Välj om målet är offentligt eller internt.' })
			.default('public'),
		revision: z.preprocess(
			(v) => (v === '' || v === null ? undefined : v),
			Revision.optional().openapi({
				description: 'revisionen som ändringen bygger på; utelämnas för ett nytt mål'
			})
		)
	})
	.openapi('TargetInput');
export type TargetInput = z.infer<typeof TargetInput>;

export const TargetArchive = z.object({ revision: Revision }).openapi('TargetArchive');

/** A list from the API (an array) or a query string ("1780,1784"). */
const list = <T extends z.ZodType>(item: T, min: number, max: number, message: string) =>
	z.preprocess(
		(v) =>
			typeof v === 'string'
				? v
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				: v,
		z.array(item).min(min, { error: message }).max(max, { error: message })
	);

/** The years and genders of a selection of values, and the rule that they are in order. */
const yearsAndGenders = {
	from: year(`Första året ska vara ${FIRST_YEAR}–${LAST_YEAR}.`).default(FIRST_YEAR),
	to: year(`Sista året ska vara ${FIRST_YEAR}–${LAST_YEAR}.`).default(LAST_YEAR),
	genders: list(Gender, 1, 3, 'Välj kön: T, K och/eller M.').default(['T'])
};
const inOrder = (v: { from: number; to: number }) => v.from <= v.to;
const notInOrder = { error: 'Första året får inte vara senare än sista året.', path: ['from'] };

/** Which measurements to read: an indicator, areas, years and genders. */
export const MeasurementQuery = z
	.object({
		areas: list(AreaId, 1, 400, 'Välj 1–400 områden.').openapi({
			description: 'Kolada-id för områdena, kommaseparerade'
		}),
		...yearsAndGenders
	})
	.refine(inOrder, notInOrder);
export type MeasurementQuery = z.infer<typeof MeasurementQuery>;

export const CountyAggregateQuery = z.object(yearsAndGenders).refine(inOrder, notInOrder);
export type CountyAggregateQuery = z.infer<typeof CountyAggregateQuery>;

/**
 * One row of a measurement file, from its cells (text). Long format like
 * Kolada's: kpi, area, period, gender, value, and optionally Kolada's count
 * and status. An empty value is a missing value (null), never zero.
 */
export const MeasurementRow = z.object({
	kpi: z
		.string()
		.min(1, { error: 'Ange nyckeltalets id, t.ex. N20402.' })
		.max(12, { error: 'Nyckeltalets id är för långt: ange Kolada-id, t.ex. N20402.' })
		.transform((v) => v.toUpperCase()),
	area: z
		.string()
		.min(1, {
			error: 'Ange området som Kolada-id, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
		})
		.regex(/^\d{1,4}$/, {
			error:
				'Området ska vara ett Kolada-id med fyra siffror, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
		})
		// Excel drops leading zeros ("0114" → 114); every Kolada id has four digits
		.transform((v) => v.padStart(4, '0')),
	period: z
		.string()
		.min(1, { error: 'Ange perioden som ett årtal, t.ex. 2022.' })
		.regex(/^\d{4}$/, { error: 'Perioden ska vara ett årtal med fyra siffror, t.ex. 2022.' })
		.transform(Number)
		.refine((v) => v >= FIRST_YEAR && v <= LAST_YEAR, {
			error: `Perioden ska vara ett år från ${FIRST_YEAR} till ${LAST_YEAR}.`
		}),
	gender: z
		.string()
		.transform((v) => v.toUpperCase() || 'T')
		.pipe(Gender),
	value: z.string().transform((v, ctx) => {
		const parsed = parseDecimal(v);
		if (parsed.kind === 'number') return parsed.value;
		if (parsed.kind === 'empty') return null;
		ctx.addIssue({
			code: 'custom',
			message:
				'Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
		});
		return z.NEVER;
	}),
	count: z.string().transform((v, ctx) => {
		const parsed = parseDecimal(v);
		if (parsed.kind === 'empty') return null;
		if (
			parsed.kind === 'number' &&
			Number.isInteger(parsed.value) &&
			parsed.value >= 0 &&
			parsed.value <= 2_147_483_647
		)
			return parsed.value;
		ctx.addIssue({
			code: 'custom',
			message: 'Antalet ska vara ett heltal (0 eller mer), eller tomt.'
		});
		return z.NEVER;
	}),
	status: z
		.string()
		.max(100, { error: 'Statusen får ha högst 100 tecken.' })
		.transform((v) => v || null)
});
export type MeasurementRow = z.infer<typeof MeasurementRow>;
