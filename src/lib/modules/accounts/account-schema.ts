import { CountyCode } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

/** The signed-in person as the API returns them (GET /api/me). */

export const RoleValue = z.enum(['admin', 'coordinator', 'editor', 'moderator', 'reader']).openapi({
	description:
		'admin = administratör, coordinator = samordnare, editor = redaktör, moderator = moderator (invånarnas berättelser), reader = läsare'
});

export const AccountRole = z
	.object({
		countyCode: CountyCode,
		countyName: z.string().openapi({ example: 'Värmlands län' }),
		role: RoleValue,
		organisationId: z
			.number()
			.int()
			.nullable()
			.openapi({ description: 'för redaktörer: organisationen vars innehåll de redigerar' }),
		organisationName: z.string().nullable().openapi({ example: 'Arvika kommun' })
	})
	.openapi('AccountRole');

export const Me = z
	.object({
		name: z.string().openapi({ example: 'Anna Berg' }),
		email: z.string().openapi({ example: 'anna.berg@regionvarmland.se' }),
		via: z.enum(['session', 'token']).openapi({
			description:
				'hur anropet identifierades: inloggning i webbläsaren (session) eller personlig API-nyckel (token)'
		}),
		roles: z.array(AccountRole).openapi({
			description:
				'personens roller per län; med en API-nyckel bara nyckelns roll (och bara så länge personen har den)'
		})
	})
	.openapi('Me');

export type Me = z.infer<typeof Me>;
export type AccountRole = z.infer<typeof AccountRole>;
