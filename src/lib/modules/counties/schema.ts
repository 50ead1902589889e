import { z } from '../../core/zod.ts';

/**
 * The shapes of Nära's content as the API returns it. The same schemas
 * validate every response and generate the OpenAPI document.
 */

export const SourceFile = z.string().nullable().openapi({
	description:
		'Filnamnet på källdokumentet som uppgiften är hämtad från; null för innehåll som registrerats i Nära (historiken visar av vem)',
	example: '001_ae9703054a45fcdc.txt'
});
export const CountyCode = z
	.string()
	.regex(/^\d{2}$/)
	.openapi({ description: 'Länskod (SCB), två siffror', example: '17' });
export const County = z
	.object({
		code: CountyCode,
		name: z.string().openapi({ example: 'Värmlands län' }),
		shortName: z.string().openapi({ example: 'Värmland' }),
		slug: z.string().openapi({ example: 'varmland' }),
		regionName: z.string().openapi({ example: 'Region Värmland' }),
		koladaId: z.string().openapi({ example: '0017' }),
		hasVision: z.boolean().openapi({ description: 'om länets målbild finns i Nära' })
	})
	.openapi('County');
export const CountyList = z.object({ counties: z.array(County) }).openapi('CountyList');
export const ContentVisibility = z
	.enum(['public', 'internal'])
	.openapi({ description: 'public: alla får läsa; internal: bara inloggade med roll i länet' });
export const OrganisationKind = z.enum([
	'region',
	'municipality',
	'private',
	'civil_society',
	'authority'
]);
export const Organisation = z
	.object({
		id: z.number().int(),
		kind: OrganisationKind,
		name: z.string(),
		shortName: z.string(),
		scbCode: z.string().nullable(),
		koladaId: z.string().nullable()
	})
	.openapi('Organisation');
export type County = z.infer<typeof County>;
export type Organisation = z.infer<typeof Organisation>;
