import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../../src/lib/platform/mail/settings.ts';

/** One message the local SMTP server received. */
export interface Received {
	from: string;
	to: string[];
	subject: string;
	text: string;
}

/**
 * A real SMTP server on a free local port, for tests of what Nära sends:
 * it accepts every message (no login, no TLS) and keeps it in `messages`.
 * `settings` points Nära's mailer at it. Stop it when the test file ends.
 */
export async function localSmtpServer(): Promise<{
	messages: Received[];
	settings: MailSettings;
	stop: () => Promise<void>;
}> {
	const messages: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					messages.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((r) => r.address),
						subject: parsed.subject ?? '',
						text: parsed.text ?? ''
					});
					callback();
				})
				.catch((e: Error) => callback(e));
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const address = server.server.address();
	if (!address || typeof address === 'string') throw new Error('the SMTP server has no port');
	return {
		messages,
		settings: {
			host: '127.0.0.1',
			port: address.port,
			secure: false,
			auth: undefined,
			from: 'Nära <nara@test.nara.invalid>'
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
