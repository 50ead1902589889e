import { scenarioSchema } from '../domain/schema.ts';
import { ContentVisibility } from '../../counties/index.ts';
import { z } from '../../../core/zod.ts';

/**
 * The benefit model's API responses, as zod schemas: the API validates what
 * it sends with them and the OpenAPI document is made from them. The request
 * of the compute endpoint is the model's own scenario schema.
 */

/** The scenario a caller sends, named for the OpenAPI document. */
export const BenefitScenario = scenarioSchema.openapi('BenefitScenario', {
	description:
		'En nyttokalkyl: andelar, räckvidd, upptrappning och diskonteringsränta som bråktal (0,25 = 25 %), pengar i kronor, basnivå som händelser per person och år. Osäkra tal har likely och gärna low/high.'
});

const kronor = z.number().openapi({ description: 'kronor' });

const Stats = z
	.object({
		mean: z.number(),
		sd: z.number(),
		p5: z.number(),
		p50: z.number(),
		p95: z.number()
	})
	.openapi('BenefitStats', {
		description: 'Medelvärde, standardavvikelse och percentiler 5, 50, 95'
	});

const YearFigures = z.object({
	year: z.number().int(),
	costs: kronor,
	avoidedEvents: z.number(),
	avoidedCosts: kronor,
	net: kronor,
	cumulativeNet: kronor,
	discountedCosts: kronor,
	discountedAvoidedCosts: kronor,
	discountedNet: kronor
});

const Totals = z.object({
	costs: kronor,
	avoidedEvents: z.number(),
	avoidedCosts: kronor,
	net: kronor,
	discountedCosts: kronor,
	discountedAvoidedCosts: kronor,
	discountedNet: kronor,
	breakEvenYear: z.number().int().nullable(),
	returnPerKrona: z.number().nullable()
});

const PartyResult = z
	.object({
		id: z.string(),
		name: z.string(),
		kind: z.string(),
		years: z.array(YearFigures),
		totals: Totals
	})
	.openapi('BenefitPartyResult');

const ScenarioResult = z.object({
	horizonYears: z.number().int(),
	discountRate: z.number(),
	years: z.array(
		z.object({ year: z.number().int(), participants: z.number(), discountFactor: z.number() })
	),
	outcomes: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			avoidedEvents: z.array(z.number()),
			totalAvoidedEvents: z.number()
		})
	),
	organisations: z.array(PartyResult),
	system: PartyResult
});

const PartySimulation = z
	.object({
		id: z.string(),
		name: z.string(),
		kind: z.string(),
		costs: Stats,
		avoidedCosts: Stats,
		net: Stats,
		discountedCosts: Stats,
		discountedAvoidedCosts: Stats,
		discountedNet: Stats,
		avoidedEvents: Stats,
		returnPerKrona: Stats.nullable(),
		cumulativeNet: z.array(Stats).openapi({ description: 'per år, index 0 = år 1' }),
		probabilityAhead: z
			.number()
			.openapi({ description: 'andelen dragningar där nuvärdet över perioden är positivt' }),
		probabilityBreakEvenBy: z
			.array(z.number())
			.openapi({ description: 'per år t: andelen dragningar som gått plus senast år t' })
	})
	.openapi('BenefitPartySimulation');

const Simulation = z.object({
	draws: z.number().int(),
	seed: z.number().int(),
	horizonYears: z.number().int(),
	organisations: z.array(PartySimulation),
	system: PartySimulation,
	outcomes: z.array(z.object({ id: z.string(), name: z.string(), avoidedEvents: Stats }))
});

const Sensitivity = z.object({
	systemNet: kronor,
	items: z.array(
		z.object({
			path: z.string(),
			label: z.string(),
			low: z.number(),
			likely: z.number(),
			high: z.number(),
			systemNetAtLow: kronor,
			systemNetAtHigh: kronor,
			swing: kronor,
			organisations: z.array(
				z.object({ id: z.string(), name: z.string(), netAtLow: kronor, netAtHigh: kronor })
			)
		})
	)
});

export const BenefitComputation = z
	.object({
		scenario: BenefitScenario,
		summary: z
			.array(z.string())
			.openapi({ description: 'sammanfattningen på svenska, mening för mening' }),
		result: ScenarioResult.openapi({ description: 'med de troligaste värdena' }),
		simulation: Simulation.openapi({
			description: 'Monte Carlo med 10 000 dragningar och fast frö: samma scenario ger samma svar'
		}),
		sensitivity: Sensitivity.openapi({ description: 'envägs känslighetsanalys (tornado)' })
	})
	.openapi('BenefitComputation');

const ListItem = {
	id: z.number().int(),
	name: z.string(),
	description: z.string(),
	visibility: ContentVisibility,
	currentVersion: z.number().int(),
	revision: z.number().int(),
	updatedAt: z.iso.datetime(),
	intervention: z.string(),
	targetGroup: z.string(),
	municipalities: z.array(z.string()),
	templateId: z.string().nullable()
};

export const SavedScenarioList = z
	.object({ scenarios: z.array(z.object(ListItem).openapi('SavedScenarioSummary')) })
	.openapi('SavedScenarioList');

export const SavedScenario = z
	.object({
		...ListItem,
		countyCode: z.string(),
		createdAt: z.iso.datetime(),
		version: z.number().int().openapi({ description: 'versionen som visas' }),
		input: BenefitScenario,
		savedAt: z.iso.datetime(),
		savedBy: z
			.string()
			.nullable()
			.openapi({ description: 'vem som sparade versionen; bara för den som har en roll i länet' }),
		versions: z.array(
			z.object({
				version: z.number().int(),
				savedAt: z.iso.datetime(),
				savedBy: z.string().nullable()
			})
		)
	})
	.openapi('SavedScenario');

export const ScenarioVersionQuery = z.object({
	version: z.coerce
		.number()
		.int()
		.positive()
		.optional()
		.openapi({ description: 'en tidigare version; utan den den gällande' })
});
