import { z } from '../../core/zod.ts';

/** Inputs of signing in and of accounts; the same schemas serve forms, API and OpenAPI. */

/** One message per problem: empty, too long, or not shaped like an address. */
export const Email = z
	.string({ error: 'Skriv din e-postadress.' })
	.trim()
	.toLowerCase()
	.superRefine((v, ctx) => {
		const message =
			v === ''
				? 'Skriv din e-postadress.'
				: v.length > 254
					? 'E-postadressen är för lång.'
					: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)
						? null
						: 'Skriv e-postadressen som namn@exempel.se.';
		if (message) ctx.addIssue({ code: 'custom', message });
	});

export const SignInInput = z.object({
	email: Email,
	password: z
		.string({ error: 'Skriv ditt lösenord.' })
		.min(1, { error: 'Skriv ditt lösenord.' })
		.max(200, { error: 'Lösenordet är för långt.' })
});

export const NewPassword = z
	.string({ error: 'Välj ett lösenord.' })
	.min(12, { error: 'Lösenordet ska ha minst 12 tecken.' })
	.max(200, { error: 'Lösenordet får ha högst 200 tecken.' });

export const SetPasswordInput = z
	.object({ password: NewPassword, confirm: z.string({ error: 'Skriv lösenordet en gång till.' }) })
	.refine((v) => v.password === v.confirm, {
		error: 'Lösenorden är inte likadana.',
		path: ['confirm']
	});

export const RoleName = z.enum(['admin', 'coordinator', 'editor', 'moderator', 'reader'], {
	error: 'Välj en roll: administratör, samordnare, redaktör, moderator eller läsare.'
});

export type SignInInput = z.infer<typeof SignInInput>;
