import { z } from 'zod';
import { UserFacingError } from '../errors.ts';

/**
 * How Nära sends e-mail: the SMTP server from the environment. Without
 * SMTP_HOST no e-mail is sent (the digest says so and sends nothing).
 *
 *   SMTP_HOST      the server's name, e.g. smtp.region.se
 *   SMTP_PORT      default 587 (465 with SMTP_SECURE)
 *   SMTP_SECURE    1: TLS from the start (port 465); otherwise STARTTLS when the server offers it
 *   SMTP_USER, SMTP_PASSWORD   when the server wants a login
 *   SMTP_FROM      the sender, e.g. "Nära <nara@region.se>" (required with SMTP_HOST)
 */
export interface MailSettings {
	host: string;
	port: number;
	secure: boolean;
	auth: { user: string; pass: string } | undefined;
	from: string;
}

const blankIsUnset = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

const schema = z.object({
	SMTP_HOST: z.string().optional().transform(blankIsUnset),
	SMTP_PORT: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined),
		z.coerce
			.number({ message: 'ska vara ett portnummer, t.ex. 587' })
			.int({ message: 'ska vara ett portnummer, t.ex. 587' })
			.min(1, { message: 'ska vara ett portnummer, t.ex. 587' })
			.max(65535, { message: 'ska vara ett portnummer, t.ex. 587' })
			.optional()
	),
	SMTP_SECURE: z.enum(['1', '0', 'true', 'false', '']).optional(),
	SMTP_USER: z.string().optional().transform(blankIsUnset),
	SMTP_PASSWORD: z.string().optional(),
	SMTP_FROM: z.string().optional().transform(blankIsUnset)
});

/** The SMTP settings of `env`, or null when no server is set; a bad value is a Swedish message. */
export function mailSettings(env: Record<string, string | undefined>): MailSettings | null {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new UserFacingError(
			`Inställningen ${String(issue.path[0])} är ogiltig: ${issue.message}. Rätta värdet och försök igen.`
		);
	}
	const e = parsed.data;
	if (!e.SMTP_HOST) return null;
	if (!e.SMTP_FROM)
		throw new UserFacingError(
			'Inställningen SMTP_FROM saknas: ange avsändaren, t.ex. "Nära <nara@region.se>", när SMTP_HOST är satt.'
		);
	const secure = e.SMTP_SECURE === '1' || e.SMTP_SECURE === 'true';
	return {
		host: e.SMTP_HOST,
		port: e.SMTP_PORT ?? (secure ? 465 : 587),
		secure,
		auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } : undefined,
		from: e.SMTP_FROM
	};
}
