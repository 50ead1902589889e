import { z } from '../../../core/zod.ts';
import type { FollowUpOverview, IndicatorDashboard as Dashboard } from './dashboard.ts';

/** What the follow-up API answers with (validated before it is sent, and in the OpenAPI document). */

export const IndicatorSummary = z
	.object({
		id: z.number().int(),
		koladaId: z.string().nullable(),
		countyCode: z.string().nullable(),
		title: z.string(),
		unit: z.string(),
		direction: z.enum(['higher_is_better', 'lower_is_better', 'neither']),
		hasGenderSplit: z.boolean(),
		credit: z.string()
	})
	.openapi('IndicatorSummary');

/** The summary of an indicator as the API shows it. */
export function indicatorSummary(
	i: z.infer<typeof IndicatorSummary>
): z.infer<typeof IndicatorSummary> {
	return {
		id: i.id,
		koladaId: i.koladaId,
		countyCode: i.countyCode,
		title: i.title,
		unit: i.unit,
		direction: i.direction,
		hasGenderSplit: i.hasGenderSplit,
		credit: i.credit
	};
}

export const IndicatorDetail = IndicatorSummary.extend({
	description: z.string(),
	source: z.enum(['kolada', 'scb', 'own']),
	frequency: z.string(),
	aggregation: z.enum(['sum', 'population_weighted', 'none']),
	operatingArea: z.string(),
	publicationPeriod: z.string(),
	visibility: z.enum(['public', 'internal'])
}).openapi('IndicatorDetail');

export const Catalogue = z
	.object({
		q: z.string(),
		total: z.number().int().openapi({ description: 'träffar totalt (hits är en sida av dem)' }),
		limit: z.number().int(),
		offset: z.number().int(),
		hits: z.array(IndicatorSummary)
	})
	.openapi('Catalogue');

export const MeasurementValue = z
	.object({
		area: z.string().openapi({ description: 'Kolada-id för området, t.ex. 1780' }),
		period: z.number().int(),
		gender: z.enum(['T', 'K', 'M']),
		value: z.number().nullable().openapi({ description: 'null när värdet saknas' }),
		count: z.number().int().nullable(),
		status: z.string().nullable(),
		basis: z.string().nullable().openapi({
			description:
				'vad ett värde som Nära räknat fram vilar på, t.ex. "42 svar i 5 omgångar" (Dialogguiden); annars null'
		}),
		source: z.string(),
		importedAt: z.iso.datetime()
	})
	.openapi('MeasurementValue');

export const Measurements = z
	.object({
		indicator: IndicatorSummary,
		areas: z.array(z.string()),
		from: z.number().int(),
		to: z.number().int(),
		genders: z.array(z.enum(['T', 'K', 'M'])),
		values: z.array(MeasurementValue)
	})
	.openapi('Measurements');

/** The query of GET /api/indicators/{id}/measurements, as documented (area and gender may repeat). */
export const MeasurementsQueryParams = z.object({
	area: z.string().openapi({
		description:
			'Kolada-id för ett eller flera områden: upprepat (area=1780&area=0017) eller kommaseparerat (area=1780,0017)',
		example: '1780'
	}),
	from: z.coerce.number().int().optional().openapi({ example: 2010 }),
	to: z.coerce.number().int().optional().openapi({ example: 2022 }),
	gender: z
		.string()
		.optional()
		.openapi({ description: 'T (totalt, standard), K och/eller M; upprepat eller kommaseparerat' })
});

// ——— Dashboards ——————————————————————————————————————————————————————————————

const Gender = z.enum(['T', 'K', 'M']);
const Verdict = z.enum(['better', 'worse', 'unchanged', 'no_direction', 'unknown']).openapi({
	description:
		'om förändringen är till det bättre enligt nyckeltalets riktning: better, worse, unchanged, no_direction (nyckeltalet har ingen riktning) eller unknown (värde saknas i ena änden)'
});
const Source = z
	.string()
	.nullable()
	.openapi({ description: 'varifrån värdena kommer, t.ex. "Källa: Kolada"; null utan värden' });

export const Change = z
	.object({
		fromPeriod: z.number().int(),
		toPeriod: z.number().int(),
		fromValue: z.number(),
		toValue: z.number(),
		change: z.number(),
		relativeChange: z.number().nullable().openapi({ description: 'change / |fromValue|' })
	})
	.openapi('Change');

const CountyRef = z.object({
	code: z.string(),
	slug: z.string(),
	name: z.string()
});

export const IndicatorDashboard = z
	.object({
		county: CountyRef.extend({ regionId: z.string() }),
		indicator: IndicatorSummary.extend({ description: z.string() }),
		years: z.array(z.number().int()).openapi({ description: 'åren som series.values gäller' }),
		latestPeriod: z.number().int().nullable(),
		series: z.array(
			z.object({
				areaId: z.string(),
				name: z.string(),
				kind: z.enum(['municipality', 'region', 'country']),
				values: z
					.array(z.number().nullable())
					.openapi({ description: 'ett värde (T) per år i years; null där värde saknas' }),
				source: Source
			})
		),
		ranking: z.object({
			period: z.number().int().nullable(),
			rows: z.array(
				z.object({
					rank: z.number().int(),
					areaId: z.string(),
					name: z.string(),
					value: z.number()
				})
			),
			references: z.array(
				z.object({
					areaId: z.string(),
					name: z.string(),
					value: z.number().nullable(),
					source: Source
				})
			),
			source: Source
		}),
		countyAggregate: z
			.object({
				method: z.enum(['sum', 'population_weighted']),
				population: z.object({ group: z.string(), koladaId: z.string() }),
				weightsFromTotal: z.boolean(),
				values: z.array(
					z.object({
						period: z.number().int(),
						gender: Gender,
						value: z.number().nullable(),
						areas: z.number().int(),
						areasIncluded: z.number().int(),
						populationCovered: z.number(),
						populationTotal: z.number(),
						coverage: z.number().nullable(),
						leftOut: z.array(
							z.object({
								areaId: z.string(),
								reason: z.enum(['missing_value', 'missing_weight'])
							})
						)
					})
				),
				regionValues: z.array(
					z.object({
						period: z.number().int(),
						gender: Gender,
						value: z.number().nullable(),
						source: z.string()
					})
				),
				change: z.array(z.object({ gender: Gender, change: Change.nullable(), verdict: Verdict })),
				source: z.string()
			})
			.nullable()
			.openapi({
				description:
					'länets värde räknat i Nära ur kommunernas värden (summa eller befolkningsviktat); null när nyckeltalet inte kan räknas ihop'
			}),
		countyAggregateNote: z.string().nullable(),
		gender: z
			.object({
				period: z.number().int(),
				rows: z.array(
					z.object({
						areaId: z.string(),
						name: z.string(),
						K: z.number().nullable(),
						M: z.number().nullable()
					})
				),
				source: Source
			})
			.nullable(),
		targets: z.array(
			z.object({
				id: z.number().int(),
				areaId: z.string(),
				name: z.string(),
				period: z.number().int(),
				gender: Gender,
				target: z.number(),
				actual: z.number().nullable(),
				note: z.string(),
				visibility: z.enum(['public', 'internal']),
				revision: z.number().int(),
				targetSource: z.string(),
				actualSource: Source,
				status: z.enum(['reached', 'not_reached', 'no_actual', 'no_direction']).openapi({
					description:
						'reached: utfallet nådde målet (enligt nyckeltalets riktning); not_reached; no_actual: utfall saknas; no_direction: nyckeltalet har ingen riktning'
				})
			})
		),
		source: z.string()
	})
	.openapi('IndicatorDashboard');

/** The indicator dashboard as the API shows it. */
export function indicatorDashboardBody(d: Dashboard): z.input<typeof IndicatorDashboard> {
	return {
		county: {
			code: d.county.code,
			slug: d.county.slug,
			name: d.county.name,
			regionId: d.county.regionId
		},
		indicator: { ...indicatorSummary(d.indicator), description: d.indicator.description },
		years: d.years,
		latestPeriod: d.latestPeriod,
		series: d.series.map((s) => ({
			areaId: s.areaId,
			name: s.name,
			kind: s.kind,
			values: s.values,
			source: s.source
		})),
		ranking: {
			period: d.latestPeriod,
			rows: d.ranking,
			references: d.references,
			source: d.rankingSource
		},
		countyAggregate: d.aggregate && {
			method: d.aggregate.method,
			population: d.aggregate.population,
			weightsFromTotal: d.aggregate.weightsFromTotal,
			values: d.aggregate.series,
			regionValues: d.aggregate.regionValues,
			change: d.aggregate.change,
			source: d.aggregate.credit
		},
		countyAggregateNote: d.aggregateNote,
		gender: d.gender,
		targets: d.targets,
		source: d.credit
	};
}

export const FollowUp = z
	.object({
		county: CountyRef,
		focusShifts: z.array(
			z.object({
				key: z.enum(['person', 'co_creator', 'proactive', 'coordination']),
				title: z.string(),
				items: z.array(
					z.object({
						title: z.string(),
						note: z.string(),
						itemSource: z
							.string()
							.openapi({ description: 'var punkten i uppföljningen kommer ifrån (SKR)' }),
						indicator: z
							.object({
								id: z.number().int(),
								koladaId: z.string().nullable(),
								title: z.string(),
								unit: z.string(),
								direction: z.enum(['higher_is_better', 'lower_is_better', 'neither']),
								credit: z.string()
							})
							.nullable()
							.openapi({ description: 'null: ingen datakälla ännu' }),
						county: z
							.object({
								basis: z.enum(['region', 'aggregate', 'selection', 'municipality']).openapi({
									description:
										'region: Koladas värde för regionen; aggregate: räknat i Nära ur kommunernas värden; selection: ur de valda kommunernas värden; municipality: den enda valda kommunens värde'
								}),
								latest: z.object({ period: z.number().int(), value: z.number() }),
								change: Change.nullable().openapi({
									description: 'förändringen på fem år fram till det senaste året'
								}),
								verdict: Verdict,
								trend: z.array(
									z.object({ period: z.number().int(), value: z.number().nullable() })
								),
								source: z.string()
							})
							.nullable()
							.openapi({ description: 'länets senaste värde; null när det saknas' })
					})
				)
			})
		)
	})
	.openapi('FollowUp');

/** "Följ omställningen" as the API shows it. */
export function followUpBody(o: FollowUpOverview): z.input<typeof FollowUp> {
	return {
		county: o.county,
		focusShifts: o.groups.map((g) => ({
			key: g.key,
			title: g.title,
			items: g.items.map((i) => ({
				title: i.title,
				note: i.note,
				itemSource: i.itemSource,
				indicator: i.indicator,
				county: i.figure && {
					basis: i.figure.basis,
					latest: i.figure.latest,
					change: i.figure.change,
					verdict: i.figure.verdict,
					trend: i.figure.trend,
					source: i.figure.credit
				}
			}))
		}))
	};
}

// ——— Targets ——————————————————————————————————————————————————————————————————

export const Target = z
	.object({
		id: z.number().int(),
		indicatorId: z.number().int(),
		countyCode: z.string(),
		areaId: z.string().openapi({ description: 'Kolada-id för kommunen eller regionen' }),
		period: z.number().int(),
		gender: Gender,
		value: z.number(),
		note: z.string(),
		visibility: z.enum(['public', 'internal']),
		revision: z
			.number()
			.int()
			.openapi({ description: 'skickas med när målet ändras (POST med samma nyckel)' })
	})
	.openapi('Target');

export const Targets = z.object({ targets: z.array(Target) }).openapi('Targets');

export const TargetsQuery = z.object({
	indicator: z.string().optional().openapi({
		description: 'bara målen för ett nyckeltal: id i Nära eller Koladas id',
		example: 'N20402'
	})
});
