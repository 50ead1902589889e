import {
	COVERAGE_STATES,
	DEVELOPMENT_AREAS,
	PROCESS_STATUSES,
	WORK_LEVELS
} from '../../core/vocabulary.ts';
import { ContentVisibility, CountyCode, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

/** What the processes API answers with (validated before it is sent, and in the OpenAPI document). */

export const DevelopmentAreaKey = z.enum(DEVELOPMENT_AREAS).openapi({
	description:
		'utvecklingsområde: proactive (proaktivt, hälsofrämjande och förebyggande), person_centred (personcentrerat), bridging (överbrygga gränser och samordna resurser), digital (digitala lösningar och välfärdsteknik)'
});

export const CoverageState = z.enum(COVERAGE_STATES).openapi({
	description:
		'not_assessed: ej bedömt (ingen har angett läget); not_considered: inte beaktat än (bedömt: området har inte beaktats); considered: beaktat; worked_through: genomarbetat'
});

export const ProcessCoverage = z
	.object({
		area: DevelopmentAreaKey,
		state: CoverageState,
		how: z.string(),
		evidence: z.string()
	})
	.openapi('ProcessCoverage');

export const Process = z
	.object({
		id: z.number().int(),
		countyCode: CountyCode,
		title: z.string(),
		level: z
			.enum(WORK_LEVELS)
			.openapi({ description: 'länsövergripande, delregional eller lokal' }),
		goal: z.string(),
		description: z.string(),
		status: z.enum(PROCESS_STATUSES),
		goalAreas: z.array(z.string()).openapi({ description: 'målområden (nycklar)' }),
		position: z.number().int().openapi({ description: 'ordningen inom nivån' }),
		owner: z
			.object({ id: z.number().int(), name: z.string() })
			.nullable()
			.openapi({ description: 'organet som äger processen' }),
		participants: z.array(z.object({ id: z.number().int(), name: z.string() })),
		initiatives: z
			.array(z.object({ id: z.number().int(), title: z.string() }))
			.openapi({ description: 'länets insatser som hör till processen och som läsaren får se' }),
		coverage: z
			.array(ProcessCoverage)
			.openapi({ description: 'de fyra utvecklingsområdena, i färdplanens ordning' }),
		source: SourceFile,
		visibility: ContentVisibility,
		revision: z.number().int().openapi({ description: 'skickas med i PUT' }),
		updatedAt: z.iso.datetime()
	})
	.openapi('Process');
export type Process = z.infer<typeof Process>;

export const ProcessList = z
	.object({
		countyCode: CountyCode,
		processes: z.array(Process).openapi({
			description: 'länsövergripande först, sedan delregionala och lokala'
		}),
		summary: z
			.array(
				z.object({
					area: DevelopmentAreaKey,
					workedThrough: z.number().int(),
					considered: z.number().int(),
					notConsidered: z.number().int(),
					notAssessed: z
						.number()
						.int()
						.openapi({ description: 'processer där ingen har bedömt området' }),
					total: z.number().int().openapi({ description: 'antalet processer' })
				})
			)
			.openapi({ description: 'per utvecklingsområde: hur många processer som kommit hur långt' }),
		gaps: z
			.array(
				z.object({
					processId: z.number().int(),
					processTitle: z.string(),
					area: DevelopmentAreaKey
				})
			)
			.openapi({
				description:
					'luckor: bedömda områden som en process inte har beaktat än (ett område som ingen har bedömt är ingen lucka)'
			}),
		notAssessed: z
			.number()
			.int()
			.openapi({ description: 'hur många områden (process × område) som ingen har bedömt än' })
	})
	.openapi('ProcessList');
