import { Command, CommanderError, Option } from 'commander';
import { config } from '../lib/server/config.ts';
import { migrateDatabase, openDatabase } from '../lib/server/db/client.ts';
import { UserFacingError } from '../lib/server/errors.ts';
import { seedDatabase } from '../lib/server/seed/seed.ts';
import { progressReporter } from './progress.ts';
import { serve } from './serve.ts';

/**
 * `nara`: migrate, seed and serve. Exit status: 0 on success, 1 when the
 * work failed (the message says why), 2 when the command line was wrong.
 */

const log = (message: string) => console.error(message);

const program = new Command()
	.name('nara')
	.description('Nära – gemensam arbetsyta för omställningen till god och nära vård')
	.helpOption('-h, --help', 'visa hjälp')
	.helpCommand('help [kommando]', 'visa hjälp för ett kommando')
	.showHelpAfterError('(Kör nara --help för att se vad som finns.)')
	.configureOutput({ writeErr: (s) => process.stderr.write(s) })
	.exitOverride();

program
	.command('migrate')
	.description('Uppdatera databasens struktur till den här versionen av Nära')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async () => {
		const cfg = config();
		const database = await openDatabase(cfg, { role: 'migrate', log, max: 2 });
		try {
			await migrateDatabase(database);
			console.log(`Databasen är uppdaterad (${database.where}).`);
		} finally {
			await database.close();
		}
	});

program
	.command('seed')
	.description(
		'Läs in referensdata (län, kommuner, gränser) och innehållet från källdokumenten. Lägger bara till det som saknas.'
	)
	.helpOption('-h, --help', 'visa hjälp')
	.action(async () => {
		const cfg = config();
		const database = await openDatabase(cfg, { role: 'seed', log, max: 2 });
		try {
			if (!cfg.skipMigrations) await migrateDatabase(database);
			const progress = progressReporter('Läser in');
			const result = await seedDatabase(database.db, progress.update).finally(progress.stop);
			if (result.total === 0) {
				console.log('Inget att lägga till: databasen hade redan allt innehåll.');
			} else {
				const parts = Object.entries(result.inserted)
					.filter(([, n]) => n > 0)
					.map(([table, n]) => `${table} ${n}`);
				console.log(`Lade till ${result.total} rader (${parts.join(', ')}).`);
			}
		} finally {
			await database.close();
		}
	});

program
	.command('serve')
	.description('Starta Nära (webbplats och API)')
	.helpOption('-h, --help', 'visa hjälp')
	.addOption(new Option('-p, --port <port>', 'port (annars PORT, 3000)').argParser(parsePort))
	.addOption(new Option('--host <host>', 'adress att lyssna på (annars HOST, 0.0.0.0)'))
	.action(async (opts: { port?: number; host?: string }) => {
		const cfg = config();
		await serve({ ...cfg, port: opts.port ?? cfg.port, host: opts.host ?? cfg.host }, log);
	});

function parsePort(value: string): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0 || n > 65535) {
		throw new UserFacingError(`Porten "${value}" är ogiltig: ange ett heltal 0–65535.`, 2);
	}
	return n;
}

try {
	await program.parseAsync(process.argv);
} catch (e) {
	if (e instanceof CommanderError) {
		process.exitCode =
			e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
	} else if (e instanceof UserFacingError) {
		console.error(`nara: ${e.message}`);
		process.exitCode = e.exitCode;
	} else {
		console.error('nara: ett oväntat fel inträffade:', e);
		process.exitCode = 1;
	}
}
