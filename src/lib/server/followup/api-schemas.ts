import { z } from '../../schemas/zod.ts';

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
