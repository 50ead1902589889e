import {
	DEVELOPMENT_AREAS,
	FOCUS_SHIFTS,
	GOAL_AREAS,
	PHASES,
	WORK_LEVELS
} from '../../core/vocabulary.ts';
import { SourceFile } from '../counties/index.ts';
import { FACET_PARAMS } from './domain/list-url.ts';
import {
	isCalendarDate,
	optionalInt,
	optionalText,
	Revision,
	text,
	Visibility
} from '../../core/fields.ts';
import { z } from '../../core/zod.ts';

/**
 * The inventory of initiatives: what a person or an import sends, what the
 * list accepts as filters, and what the API returns. One schema each, for the
 * form, the import, the API and the OpenAPI document.
 */

const MAX_ID = 2147483647;

/** A list field: an array, one value, or nothing (a form sends one value per checkbox). */
const list = <T extends z.ZodTypeAny>(item: T, max: number, tooMany: string) =>
	z.preprocess(
		(v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(item).max(max, { error: tooMany })
	);

/** A checkbox or a JSON boolean. */
const flag = z.preprocess(
	(v) => v === true || v === 'on' || v === 'true' || v === '1' || v === 'ja',
	z.boolean()
);

const optionalDate = (label: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() || undefined : (v ?? undefined)),
		z
			.string({ error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2024-01-15.` })
			.superRefine((v, ctx) => {
				const message = !/^\d{4}-\d{2}-\d{2}$/.test(v)
					? `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2024-01-15.`
					: !isCalendarDate(v)
						? 'Datumet finns inte i kalendern.'
						: v < '1990-01-01' || v > '2100-12-31'
							? 'Datumet ska ligga mellan år 1990 och 2100.'
							: null;
				if (message) ctx.addIssue({ code: 'custom', message });
			})
			.optional()
	);

const organisationId = z.coerce
	.number({ error: 'Välj en organisation i länet.' })
	.int({ error: 'Välj en organisation i länet.' })
	.min(1, { error: 'Välj en organisation i länet.' })
	.max(MAX_ID, { error: 'Välj en organisation i länet.' });

export const WorkLevel = z.enum(WORK_LEVELS, {
	error: 'Välj nivå: länsövergripande, delregional eller lokal.'
});
export const Phase = z.enum(PHASES, {
	error: 'Välj fas: idé, planering, pilot, spridning, i drift eller avslutad.'
});
export const GoalArea = z.enum(GOAL_AREAS, { error: 'Välj målområden ur listan.' });
export const DevelopmentArea = z.enum(DEVELOPMENT_AREAS, {
	error: 'Välj utvecklingsområden ur listan.'
});
export const FocusShift = z.enum(FOCUS_SHIFTS, { error: 'Välj fokusförflyttningar ur listan.' });

export const FundingInput = z
	.object({
		year: z.coerce
			.number({ error: 'Skriv året som ett årtal, t.ex. 2024.' })
			.int({ error: 'Skriv året som ett årtal, t.ex. 2024.' })
			.min(1990, { error: 'Året ska vara 1990 eller senare.' })
			.max(2100, { error: 'Året ska vara 2100 eller tidigare.' }),
		fundingSource: text('finansieringskällan, t.ex. statliga stimulansmedel', 200),
		amountSek: optionalInt('Beloppet ska vara hela kronor, 0 eller mer.', 0, 1e12).openapi({
			description: 'hela kronor; utelämnas när beloppet inte är känt'
		}),
		note: optionalText('anteckningen', 500)
	})
	.openapi('FundingInput');

export const LinkInput = z
	.object({
		url: z
			.string({ error: 'Skriv en webbadress som börjar med https:// eller http://.' })
			.trim()
			.max(2000, { error: 'Webbadressen får ha högst 2000 tecken.' })
			.refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), {
				error: 'Skriv en webbadress som börjar med https:// eller http://.'
			}),
		title: optionalText('länktexten', 300)
	})
	.openapi('LinkInput');

export const InitiativeInput = z
	.object({
		title: text('insatsens namn', 300),
		description: optionalText('beskrivningen', 20000),
		leadOrganisationId: optionalInt('Välj en ansvarig organisation i länet.', 1, MAX_ID).openapi({
			description: 'den organisation i länet som leder insatsen'
		}),
		partnerIds: list(organisationId, 400, 'Högst 400 samarbetspartner.').openapi({
			description: 'samarbetande organisationer i länet (id)'
		}),
		otherPartners: list(
			z.string().trim().min(1).max(200, { error: 'En partner får ha högst 200 tecken.' }),
			30,
			'Högst 30 andra partner.'
		).openapi({ description: 'partner som inte finns som organisation i Nära' }),
		municipalityIds: list(organisationId, 400, 'Högst 400 kommuner.').openapi({
			description: 'kommunerna där insatsen bedrivs (organisations-id); tom = hela länet'
		}),
		level: WorkLevel,
		phase: Phase,
		startsOn: optionalDate('startdatumet'),
		endsOn: optionalDate('slutdatumet'),
		goalAreas: list(GoalArea, 20, 'För många målområden.'),
		developmentAreas: list(DevelopmentArea, 4, 'Högst fyra utvecklingsområden.'),
		focusShifts: list(FocusShift, 4, 'Högst fyra fokusförflyttningar.'),
		funding: list(FundingInput, 50, 'Högst 50 rader finansiering.'),
		contactFunction: optionalText('kontaktfunktionen', 300).openapi({
			description: 'en funktion, t.ex. en enhet eller en gemensam brevlåda, inte en privatperson'
		}),
		contactEmail: z
			.string()
			.trim()
			.max(300, { error: 'E-postadressen får ha högst 300 tecken.' })
			.refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
				error: 'Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.'
			})
			.default(''),
		contactPhone: z
			.string()
			.trim()
			.max(40, { error: 'Telefonnumret får ha högst 40 tecken.' })
			.refine((v) => v === '' || /^[+\d][\d\s\-()]{4,}$/.test(v), {
				error: 'Skriv telefonnumret med siffror, t.ex. 054-61 50 00, eller lämna fältet tomt.'
			})
			.default(''),
		contactPerson: optionalText('kontaktpersonens namn', 200).openapi({
			description: 'visas bara om personen har samtyckt (contactConsent)'
		}),
		contactConsent: flag.default(false).openapi({
			description: 'personen har samtyckt till att namnet visas'
		}),
		results: optionalText('resultaten', 20000),
		lessons: optionalText('lärdomarna', 20000),
		links: list(LinkInput, 20, 'Högst 20 länkar.'),
		goodExample: flag
			.default(false)
			.openapi({ description: 'markerad som gott exempel att sprida' }),
		visibility: Visibility.default('public'),
		confirmSimilar: flag.default(false).openapi({
			description:
				'sätt till true för att spara en ny insats fast det finns en med liknande namn i länet'
		})
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.startsOn > v.endsOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: 'Slutdatumet kan inte vara före startdatumet.'
			});
		if (v.contactPerson && !v.contactConsent)
			ctx.addIssue({
				code: 'custom',
				path: ['contactConsent'],
				message:
					'Ett namn på en person får bara visas om personen har samtyckt. Kryssa i samtycket, eller ange en funktion i stället.'
			});
	})
	.openapi('InitiativeInput');

export const InitiativeUpdate = z
	.intersection(InitiativeInput, z.object({ revision: Revision }))
	.openapi('InitiativeUpdate');

export type InitiativeInput = z.infer<typeof InitiativeInput>;

// ——— Finding initiatives: the same filters for the page, the export and the API

export const PAGE_SIZE = 20;

const strings = (max: number) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.string().max(max)).max(50)
	);

/**
 * Filters of the list, as query parameters: values within one facet are
 * alternatives (or), facets are combined (and). Unknown values match nothing
 * rather than failing, so an old shared link still opens.
 */
export const InitiativeQuery = z
	.object({
		q: z.string().trim().max(200, { error: 'Sökningen får ha högst 200 tecken.' }).default(''),
		organisation: strings(12).openapi({
			description: 'organisations-id; ledande organisation eller partner'
		}),
		municipality: strings(4).openapi({
			description: 'kommunkod (SCB, fyra siffror) där insatsen bedrivs'
		}),
		goalArea: strings(40),
		developmentArea: strings(40),
		focusShift: strings(40),
		phase: strings(20),
		level: strings(20),
		goodExample: z
			.preprocess((v) => v === '1' || v === 'true' || v === true, z.boolean())
			.default(false),
		page: z.preprocess(
			(v) => (v === undefined || v === '' ? 1 : v),
			z.coerce
				.number({ error: 'Sidnumret ska vara ett heltal.' })
				.int({ error: 'Sidnumret ska vara ett heltal.' })
				.min(1, { error: 'Sidnumret ska vara 1 eller mer.' })
				.max(100000, { error: 'Sidnumret är för stort.' })
		),
		perPage: z.preprocess(
			(v) => (v === undefined || v === '' ? PAGE_SIZE : v),
			z.coerce
				.number({ error: 'Antal per sida ska vara ett heltal 1–200.' })
				.int({ error: 'Antal per sida ska vara ett heltal 1–200.' })
				.min(1, { error: 'Antal per sida ska vara ett heltal 1–200.' })
				.max(200, { error: 'Antal per sida ska vara ett heltal 1–200.' })
		)
	})
	.openapi('InitiativeQuery');

export type InitiativeQuery = z.infer<typeof InitiativeQuery>;

/** The filters of a URL's query string, as the schema reads them. */
export function queryFromSearchParams(params: URLSearchParams): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(params.keys())) {
		// the facets may repeat
		raw[key] = (FACET_PARAMS as readonly string[]).includes(key)
			? params.getAll(key)
			: params.get(key);
	}
	return raw;
}

// ——— What the API returns

const OrganisationRef = z
	.object({ id: z.number().int(), name: z.string(), kind: z.string() })
	.openapi('OrganisationRef');
const MunicipalityRef = z
	.object({ id: z.number().int(), name: z.string(), code: z.string().nullable() })
	.openapi('MunicipalityRef');

/** Text with the matches of a search marked: alternate segments, matches flagged. */
export const Highlight = z
	.array(z.object({ text: z.string(), match: z.boolean() }))
	.openapi('Highlight', {
		description: 'utdrag ur texten där sökorden är markerade (match: true)'
	});

export const InitiativeSummary = z
	.object({
		id: z.number().int(),
		title: z.string(),
		titleHighlight: Highlight,
		snippet: Highlight,
		lead: OrganisationRef.nullable(),
		municipalities: z.array(MunicipalityRef),
		level: WorkLevel,
		phase: Phase,
		goalAreas: z.array(GoalArea),
		developmentAreas: z.array(DevelopmentArea),
		focusShifts: z.array(FocusShift),
		goodExample: z.boolean(),
		visibility: Visibility,
		source: SourceFile,
		updatedAt: z.string()
	})
	.openapi('InitiativeSummary');

export const FacetValue = z
	.object({ value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean() })
	.openapi('FacetValue');

export const Facets = z
	.object({
		organisation: z.array(FacetValue),
		municipality: z.array(FacetValue),
		goalArea: z.array(FacetValue),
		developmentArea: z.array(FacetValue),
		focusShift: z.array(FacetValue),
		phase: z.array(FacetValue),
		level: z.array(FacetValue),
		goodExample: z.array(FacetValue)
	})
	.openapi('InitiativeFacets');

export const InitiativeList = z
	.object({
		total: z.number().int(),
		page: z.number().int(),
		perPage: z.number().int(),
		items: z.array(InitiativeSummary),
		facets: Facets,
		matchedAllWords: z.boolean().openapi({
			description:
				'false när ingen insats innehåller alla sökorden; träffarna är då de som innehåller något av dem'
		})
	})
	.openapi('InitiativeList');

export const Funding = z
	.object({
		year: z.number().int(),
		fundingSource: z.string(),
		amountSek: z.number().int().nullable(),
		note: z.string()
	})
	.openapi('Funding');

export const Initiative = z
	.object({
		id: z.number().int(),
		countyCode: z.string(),
		title: z.string(),
		description: z.string(),
		lead: OrganisationRef.nullable(),
		partners: z.array(OrganisationRef),
		otherPartners: z.array(z.string()),
		municipalities: z.array(MunicipalityRef),
		level: WorkLevel,
		phase: Phase,
		startsOn: z.string().nullable(),
		endsOn: z.string().nullable(),
		goalAreas: z.array(GoalArea),
		developmentAreas: z.array(DevelopmentArea),
		focusShifts: z.array(FocusShift),
		funding: z.array(Funding),
		contactFunction: z.string(),
		contactEmail: z.string(),
		contactPhone: z.string(),
		contactPerson: z.string().nullable().openapi({
			description: 'bara när personen har samtyckt till att namnet visas'
		}),
		results: z.string(),
		lessons: z.string(),
		links: z.array(z.object({ url: z.string(), title: z.string() })),
		goodExample: z.boolean(),
		visibility: Visibility,
		source: SourceFile,
		sourceLocator: z.string(),
		revision: z.number().int(),
		createdAt: z.string(),
		updatedAt: z.string()
	})
	.openapi('Initiative');

export type Initiative = z.infer<typeof Initiative>;
export type InitiativeSummary = z.infer<typeof InitiativeSummary>;
export type InitiativeList = z.infer<typeof InitiativeList>;
export type FacetValue = z.infer<typeof FacetValue>;
