import nodemailer from 'nodemailer';
import type { MailSettings } from './settings.ts';

/** One plain-text e-mail to one person. */
export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** What sends e-mail: SMTP in production and in the tests (against a local server). */
export interface Mailer {
	send(mail: Mail): Promise<void>;
	close(): void;
}

/** A mailer that sends through the SMTP server of `settings` (nodemailer, one pooled transport). */
export function smtpMailer(settings: MailSettings): Mailer {
	const transport = nodemailer.createTransport({
		host: settings.host,
		port: settings.port,
		secure: settings.secure,
		auth: settings.auth,
		pool: true
	});
	return {
		async send(mail) {
			await transport.sendMail({ from: settings.from, ...mail });
		},
		close: () => transport.close()
	};
}
