import { DEVELOPMENT_AREAS } from '../../core/vocabulary.ts';
import { z } from '../../core/zod.ts';

/** The account of the state agreement's funds: the question (a year) and the answer. */

const YEAR = 'Skriv året som ett årtal, t.ex. 2024.';

export const FundsQuery = z.object({
	year: z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.coerce
			.number({ error: YEAR })
			.int({ error: YEAR })
			.min(1990, { error: 'Året ska vara 1990 eller senare.' })
			.max(2100, { error: 'Året ska vara 2100 eller tidigare.' })
			.optional()
	)
});

const Sum = {
	amountSek: z
		.number()
		.int()
		.nullable()
		.openapi({ description: 'hela kronor, summan av kända belopp; null när inget belopp är känt' }),
	initiatives: z.number().int().openapi({ description: 'antal insatser' }),
	rowsWithoutAmount: z
		.number()
		.int()
		.openapi({ description: 'finansieringsrader vars belopp inte är känt (ingår inte i summan)' })
};

const DevelopmentArea = z.enum(DEVELOPMENT_AREAS);

export const FundsReport = z
	.object({
		county: z.object({ code: z.string(), name: z.string(), slug: z.string() }),
		year: z.number().int(),
		years: z
			.array(z.number().int())
			.openapi({ description: 'åren som har rader av överenskommelsens medel, nyast först' }),
		rule: z.string().openapi({ description: 'vilka finansieringsrader som räknas, i klartext' }),
		source: z.object({
			description: z.string(),
			lastChanged: z.string().nullable().openapi({
				description:
					'YYYY-MM-DD: senaste ändringen av de insatser som räknas; null när året saknar rader'
			})
		}),
		total: z.object(Sum),
		initiatives: z.array(
			z.object({
				id: z.number().int(),
				title: z.string(),
				leadOrganisation: z.string().nullable(),
				developmentAreas: z.array(DevelopmentArea),
				fundingSources: z.array(z.string()),
				changedOn: z.string(),
				...Sum
			})
		),
		byOrganisation: z.array(
			z.object({
				organisationId: z.number().int().nullable(),
				name: z
					.string()
					.nullable()
					.openapi({ description: 'ansvarig organisation; null när insatsen inte anger någon' }),
				...Sum
			})
		),
		byDevelopmentArea: z.array(
			z.object({
				developmentArea: DevelopmentArea.nullable().openapi({
					description:
						'null: insatser utan utvecklingsområde; en insats räknas fullt i varje område den anger'
				}),
				...Sum
			})
		),
		missing: z.array(
			z.object({
				initiativeId: z.number().int(),
				title: z.string(),
				leadOrganisation: z.string().nullable(),
				year: z.number().int(),
				fundingSource: z.string(),
				amountSek: z.null(),
				note: z.string(),
				changedOn: z.string()
			})
		)
	})
	.openapi('FundsReport');
export type FundsReport = z.infer<typeof FundsReport>;
