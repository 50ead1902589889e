import path from 'node:path';
import { expect, test } from 'vitest';
import { parseConfig } from './config.ts';
import { UserFacingError } from './errors.ts';

test('defaults: embedded database in ./data, port 3000, Värmland', () => {
	expect(parseConfig({}, '/srv/nara')).toMatchObject({
		databaseUrl: undefined,
		dataDir: path.resolve('/srv/nara/data'),
		port: 3000,
		host: '0.0.0.0',
		shutdownTimeoutMs: 10_000,
		skipMigrations: false,
		defaultCountyCode: '17'
	});
});

test('settings are read and checked', () => {
	expect(
		parseConfig({
			DATABASE_URL: 'postgres://u@db:5432/nara',
			PORT: '8080',
			NARA_SKIP_MIGRATIONS: 'true',
			NARA_DATA_DIR: '/var/lib/nara'
		})
	).toMatchObject({
		databaseUrl: 'postgres://u@db:5432/nara',
		port: 8080,
		skipMigrations: true,
		dataDir: '/var/lib/nara'
	});
});

test.each([
	[
		{ DATABASE_URL: 'mysql://x' },
		'Inställningen DATABASE_URL är ogiltig: måste börja med postgres:// eller postgresql://. Rätta värdet och försök igen.'
	],
	[{ PORT: 'tre' }, 'Inställningen PORT är ogiltig'],
	[{ PORT: '70000' }, 'Inställningen PORT är ogiltig'],
	[{ NARA_SHUTDOWN_TIMEOUT_MS: 'tio' }, 'Inställningen NARA_SHUTDOWN_TIMEOUT_MS är ogiltig'],
	[
		{ NARA_SHUTDOWN_TIMEOUT_MS: '-1' },
		'Inställningen NARA_SHUTDOWN_TIMEOUT_MS är ogiltig: får inte vara negativ.'
	],
	[
		{ NARA_DEFAULT_COUNTY: '170' },
		'Inställningen NARA_DEFAULT_COUNTY är ogiltig: ska vara en länskod med två siffror, t.ex. 17.'
	]
])('a bad setting is a one-line Swedish message: %o', (env, message) => {
	let thrown: unknown;
	try {
		parseConfig(env);
	} catch (e) {
		thrown = e;
	}
	expect(thrown).toBeInstanceOf(UserFacingError);
	expect((thrown as Error).message).toContain(message);
	expect((thrown as Error).message).not.toContain('\n');
});
