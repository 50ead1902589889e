import { describe, expect, test } from 'vitest';
import { mailSettings } from './settings.ts';

describe('the SMTP settings', () => {
	test('no SMTP_HOST: no mail is sent', () => {
		expect(mailSettings({})).toBeNull();
		expect(mailSettings({ SMTP_HOST: '  ' })).toBeNull();
	});

	test.each([
		[{}, 587, false],
		[{ SMTP_SECURE: '1' }, 465, true],
		[{ SMTP_PORT: '2525' }, 2525, false]
	])('with %o the port is %i', (extra, port, secure) => {
		expect(
			mailSettings({ SMTP_HOST: 'smtp.example.se', SMTP_FROM: 'nara@example.se', ...extra })
		).toEqual({ host: 'smtp.example.se', port, secure, auth: undefined, from: 'nara@example.se' });
	});

	test('a login when SMTP_USER is set', () => {
		expect(
			mailSettings({
				SMTP_HOST: 'h',
				SMTP_FROM: 'f@e.se',
				SMTP_USER: 'u',
				SMTP_PASSWORD: 'p'
			})?.auth
		).toEqual({ user: 'u', pass: 'p' });
	});

	test.each([
		[{ SMTP_HOST: 'h', SMTP_FROM: 'f@e.se', SMTP_PORT: 'abc' }, 'SMTP_PORT är ogiltig'],
		[{ SMTP_HOST: 'h', SMTP_FROM: 'f@e.se', SMTP_PORT: '70000' }, 'SMTP_PORT är ogiltig'],
		[{ SMTP_HOST: 'h' }, 'SMTP_FROM saknas']
	])('%o is refused in Swedish', (env, message) => {
		expect(() => mailSettings(env)).toThrow(message);
	});
});
