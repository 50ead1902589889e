import { isDatabaseUnavailable, isDriverWriteCrash } from './faults.ts';

/**
 * Keeps the web server running through a database fault that escapes every
 * request: postgres.js throws from a timer when a connection closes with a
 * write pending (db/faults.ts), and a lost connection may reject a promise
 * nobody awaits. Those are logged and the pool is renewed (`onFault`); any
 * other uncaught error still ends the process, as Node would.
 */
export function guardAgainstDatabaseFaults(
	log: (m: string) => void,
	onFault: (error: unknown) => void
): void {
	const weather = (error: unknown): boolean => {
		if (!isDatabaseUnavailable(error)) return false;
		const what = isDriverWriteCrash(error)
			? 'databasdrivrutinen skrev till en stängd anslutning'
			: String((error as { code?: unknown }).code ?? (error as Error).message);
		log(`En databasanslutning bröts (${what}); Nära fortsätter och öppnar nya anslutningar.`);
		onFault(error);
		return true;
	};
	process.on('uncaughtException', (error) => {
		if (weather(error)) return;
		console.error(error);
		process.exit(1);
	});
	process.on('unhandledRejection', (reason) => {
		if (weather(reason)) return;
		console.error(reason);
		process.exit(1);
	});
}
