import { DevelopmentArea, FocusShift, GoalArea, Phase, WorkLevel } from './schema.ts';
import { z } from '../../core/zod.ts';

/**
 * What the inventory's import answers, and the open data: one schema each
 * for the API, the OpenAPI document and the tests.
 */

export const ImportRowError = z
	.object({
		row: z.number().int().openapi({
			description: 'raden som ett kalkylprogram visar den (rubrikraden är rad 1); 0 för hela filen'
		}),
		column: z.string().openapi({ description: 'kolumnen som filen kallar den' }),
		value: z.string().openapi({ description: 'cellens värde (långa värden förkortade)' }),
		message: z.string().openapi({ description: 'vad som är fel och hur det rättas, på svenska' })
	})
	.openapi('ImportRowError');

export const InitiativeImportSample = z
	.object({
		row: z.number().int(),
		title: z.string(),
		lead: z.string().nullable(),
		municipalities: z.array(z.string()),
		level: WorkLevel,
		phase: Phase
	})
	.openapi('InitiativeImportSample');

export const InitiativeImportPreview = z
	.object({
		status: z.enum(['preview', 'done', 'invalid']).openapi({
			description:
				'preview: provkörning (dryRun), inget skrivet; done: alla rader inlästa; invalid: fel i filen, inget skrivet'
		}),
		fileName: z.string(),
		format: z.enum(['csv', 'xlsx']).nullable(),
		encoding: z.string().nullable().openapi({ description: 'teckenkodningen för CSV' }),
		delimiter: z.string().nullable().openapi({ description: 'tecknet mellan kolumnerna för CSV' }),
		sheet: z.string().nullable().openapi({ description: 'bladet som lästes i en Excel-fil' }),
		decimalComma: z.boolean(),
		columns: z.array(
			z.object({ key: z.string(), name: z.string(), header: z.string().nullable() })
		),
		ignoredColumns: z.array(z.string()),
		rows: z.number().int(),
		validRows: z.number().int(),
		invalidRows: z.number().int(),
		errors: z.array(ImportRowError),
		moreErrors: z.number().int().openapi({
			description: 'fel utöver de som listas i errors (högst 1 000 listas), bara räknade'
		}),
		warnings: z.array(ImportRowError).openapi({
			description: 'sådant som inte stoppar importen, t.ex. ett namn som liknar en befintlig insats'
		}),
		sample: z.array(InitiativeImportSample).openapi({ description: 'de första giltiga raderna' }),
		created: z
			.array(z.number().int())
			.openapi({ description: 'id för de nya insatserna (status done)' })
	})
	.openapi('InitiativeImportPreview');

export const InitiativeImportError = z
	.object({
		error: z.object({
			code: z.literal('invalid'),
			message: z.string(),
			rows: z.array(ImportRowError)
		}),
		preview: InitiativeImportPreview
	})
	.openapi('InitiativeImportError');

export const InitiativeImportQuery = z.object({
	dryRun: z.enum(['true', 'false']).optional().openapi({
		description: 'true: kontrollera filen och visa vad som skulle läsas in, utan att skriva'
	}),
	fileName: z
		.string()
		.max(200)
		.optional()
		.openapi({ description: 'filens namn, för historiken (annars import.csv eller import.xlsx)' })
});

// ——— Open data

export const OpenDataInitiative = z
	.object({
		id: z.number().int(),
		county_code: z.string(),
		county: z.string(),
		title: z.string(),
		description: z.string(),
		lead_organisation: z.string().nullable(),
		lead_organisation_id: z.number().int().nullable(),
		partners: z.array(z.string()),
		other_partners: z.array(z.string()),
		municipalities: z.array(z.string()),
		municipality_codes: z.array(z.string()),
		level: WorkLevel,
		phase: Phase,
		starts_on: z.string().nullable(),
		ends_on: z.string().nullable(),
		goal_areas: z.array(GoalArea),
		development_areas: z.array(DevelopmentArea),
		focus_shifts: z.array(FocusShift),
		funding: z.array(
			z.object({ year: z.number().int(), source: z.string(), amount_sek: z.number().nullable() })
		),
		contact_function: z.string(),
		contact_email: z.string(),
		contact_phone: z.string(),
		results: z.string(),
		lessons: z.string(),
		links: z.array(z.string()),
		good_example: z.boolean(),
		source: z.string().nullable(),
		source_locator: z.string(),
		created_at: z.string(),
		updated_at: z.string(),
		url: z.string()
	})
	.openapi('OpenDataInitiative');

export const OpenDataInitiatives = z
	.object({
		title: z.string(),
		license: z.string(),
		publisher: z.string(),
		documentation: z.string(),
		county_code: z.string().nullable(),
		count: z.number().int(),
		modified: z.string().nullable(),
		vocabulary: z.record(z.string(), z.record(z.string(), z.string())).openapi({
			description:
				'de svenska benämningarna för nycklarna i level, phase, goal_areas, development_areas och focus_shifts'
		}),
		items: z.array(OpenDataInitiative)
	})
	.openapi('OpenDataInitiatives');

export const OpenDataQuery = z.object({
	lan: z
		.string()
		.optional()
		.openapi({ description: 'bara ett län: länskod eller kortnamn, t.ex. 17 eller varmland' })
});

export type OpenDataInitiative = z.infer<typeof OpenDataInitiative>;
export type OpenDataInitiatives = z.infer<typeof OpenDataInitiatives>;
export type InitiativeImportPreview = z.infer<typeof InitiativeImportPreview>;
