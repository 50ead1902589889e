import {
	isCalendarDate,
	optionalInt,
	optionalText,
	text,
	Visibility,
	withRevision
} from '../../core/fields.ts';
import { DEVELOPMENT_AREAS } from '../../core/vocabulary.ts';
import { z } from '../../core/zod.ts';
import { OFFER_KINDS, PREREQUISITES, REQUEST_STATUSES } from './domain/vocabulary.ts';

/** The support structure: the inputs and the answers. */

/** Keys from a checkbox group (joined by commas) or a JSON array, each one of `keys`. */
const keysOf = <K extends readonly [string, ...string[]]>(keys: K, message: string) =>
	z.preprocess(
		(v) =>
			v === undefined || v === null || v === ''
				? []
				: Array.isArray(v)
					? v
					: String(v).split(',').filter(Boolean),
		z.array(z.enum(keys, { error: message })).max(keys.length * 2)
	);

const calendarDate = (label: string) =>
	z
		.string({ error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.` })
		.trim()
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v), {
			error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.`
		});

const optionalDate = (label: string) =>
	z.preprocess(
		(v) => (v === '' || v === null || v === undefined ? null : v),
		calendarDate(label).nullable()
	);

export const SupportOfferInput = z
	.object({
		kind: z.enum(OFFER_KINDS, { error: 'Välj vilket slags stöd det är.' }),
		title: text('en titel', 300),
		description: optionalText('beskrivningen', 5000),
		provider: optionalText('vem som ger stödet', 300),
		prerequisites: keysOf(PREREQUISITES, 'Välj förutsättningar i listan.').openapi({
			description: 'förutsättningarna i färdplanen som stödet hör till'
		}),
		developmentAreas: keysOf(DEVELOPMENT_AREAS, 'Välj utvecklingsområden i listan.').openapi({
			description: 'utvecklingsområdena som stödet hör till'
		}),
		link: z
			.string()
			.trim()
			.max(2000, { error: 'Adressen får ha högst 2000 tecken.' })
			.refine(
				(v) =>
					v === '' ||
					(v.startsWith('/') && !v.startsWith('//')) ||
					(/^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v)),
				{
					error:
						'Skriv en webbadress som börjar med https:// eller en sida i Nära som börjar med /, eller lämna fältet tomt.'
				}
			)
			.default(''),
		visibility: Visibility.default('public')
	})
	.openapi('SupportOfferInput');
export type SupportOfferInput = z.infer<typeof SupportOfferInput>;

export const SupportOfferUpdate = withRevision(SupportOfferInput, 'SupportOfferUpdate');

export const SupportRequestInput = z
	.object({
		offerId: optionalInt('Välj ett stöd i listan, eller "Annat stöd".', 1, 2147483647).openapi({
			description: 'stödet i katalogen som förfrågan gäller (id); utelämnas för annat stöd'
		}),
		organisationId: z.preprocess(
			(v) => (v === '' || v === null ? undefined : v),
			z.coerce
				.number({ error: 'Välj vilken organisation arbetsplatsen hör till.' })
				.int({ error: 'Välj vilken organisation arbetsplatsen hör till.' })
				.min(1, { error: 'Välj vilken organisation arbetsplatsen hör till.' })
				.max(2147483647, { error: 'Välj vilken organisation arbetsplatsen hör till.' })
		),
		workplace: text('arbetsplatsens namn', 200),
		need: text('vad ni behöver stöd med', 4000).refine((v) => v.length >= 20, {
			error: 'Beskriv behovet med minst 20 tecken, så att stödstrukturen förstår vad ni behöver.'
		}),
		developmentAreas: keysOf(DEVELOPMENT_AREAS, 'Välj utvecklingsområden i listan.').openapi({
			description: 'utvecklingsområdena behovet gäller'
		})
	})
	.openapi('SupportRequestInput');
export type SupportRequestInput = z.infer<typeof SupportRequestInput>;

export const SupportRequestHandling = withRevision(
	z.object({
		status: z.enum(REQUEST_STATUSES, { error: 'Välj status.' }),
		notes: optionalText('anteckningarna', 8000)
	}),
	'SupportRequestHandling'
);

export const CourseRoundInput = z
	.object({
		startsOn: calendarDate('startdatum'),
		endsOn: optionalDate('slutdatum'),
		place: optionalText('platsen', 200),
		participation: z
			.array(
				z.object({
					organisationId: z.coerce
						.number({ error: 'Välj organisation i listan.' })
						.int()
						.min(1)
						.max(2147483647),
					participants: z.preprocess(
						(v) => (v === '' || v === null || v === undefined ? 0 : v),
						z.coerce
							.number({ error: 'Skriv antalet deltagare som ett heltal, t.ex. 12.' })
							.int({ error: 'Skriv antalet deltagare som ett heltal, t.ex. 12.' })
							.min(0, { error: 'Antalet deltagare kan inte vara negativt.' })
							.max(100000, { error: 'Antalet deltagare får vara högst 100 000.' })
					)
				})
			)
			.max(500)
			.default([])
			.openapi({ description: 'deltagare per organisation i länet' })
	})
	.refine((r) => !r.endsOn || r.startsOn <= r.endsOn, {
		path: ['endsOn'],
		error: 'Slutdatum kan inte vara före startdatum.'
	})
	.openapi('CourseRoundInput');
export type CourseRoundInput = z.infer<typeof CourseRoundInput>;

const Participation = z.object({
	organisationId: z.number().int(),
	organisation: z.string(),
	participants: z.number().int()
});

export const CourseRound = z
	.object({
		id: z.number().int(),
		offerId: z.number().int(),
		startsOn: z.string(),
		endsOn: z.string().nullable(),
		place: z.string(),
		participation: z.array(Participation),
		total: z.number().int()
	})
	.openapi('CourseRound');
export type CourseRound = z.infer<typeof CourseRound>;

export const SupportOffer = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		visibility: z.enum(['public', 'internal']),
		kind: z.enum(OFFER_KINDS),
		title: z.string(),
		description: z.string(),
		provider: z.string(),
		prerequisites: z.array(z.enum(PREREQUISITES)),
		developmentAreas: z.array(z.enum(DEVELOPMENT_AREAS)),
		link: z.string(),
		source: z
			.object({ fileName: z.string(), title: z.string(), year: z.number().int().nullable() })
			.nullable(),
		sourceQuote: z.string(),
		sourceLocator: z.string().openapi({ description: 'var i källan, t.ex. "rad 1186–1188"' }),
		rounds: z.array(CourseRound),
		participants: z.array(Participation).openapi({ description: 'summa över omgångarna' }),
		totalParticipants: z.number().int(),
		updatedAt: z.string()
	})
	.openapi('SupportOffer');
export type SupportOffer = z.infer<typeof SupportOffer>;

export const SupportCatalogue = z
	.object({ offers: z.array(SupportOffer) })
	.openapi('SupportCatalogue');

export const SupportRequest = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		offerId: z.number().int().nullable(),
		offer: z.string().nullable(),
		organisationId: z.number().int(),
		organisation: z.string(),
		workplace: z.string(),
		need: z.string(),
		developmentAreas: z.array(z.enum(DEVELOPMENT_AREAS)),
		requestedBy: z.string().nullable().openapi({ description: 'namnet på den som frågade' }),
		status: z.enum(REQUEST_STATUSES),
		notes: z.string(),
		createdAt: z.string(),
		updatedAt: z.string()
	})
	.openapi('SupportRequest');
export type SupportRequest = z.infer<typeof SupportRequest>;

export const SupportRequestList = z
	.object({
		requests: z.array(SupportRequest),
		counts: z.record(z.enum(REQUEST_STATUSES), z.number().int()),
		all: z.boolean().openapi({
			description: 'true: länets alla förfrågningar (stödstrukturen); false: bara ens egna'
		})
	})
	.openapi('SupportRequestList');
