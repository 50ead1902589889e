import type { Config } from '../lib/platform/config.ts';
import { prepareDatabase } from '../lib/app/database.ts';
import { openJobs } from '../lib/app/jobs.ts';

/**
 * `nara worker`: runs background jobs and nothing else, beside any number of
 * `nara serve` (with NARA_WORKER=0 or not) on the same database. SIGINT and
 * SIGTERM let the job it runs finish (at most NARA_SHUTDOWN_TIMEOUT_MS; a job
 * cut off is retried by another worker), then close the database.
 */
export async function runWorker(cfg: Config, log: (m: string) => void): Promise<void> {
	const database = await prepareDatabase(cfg, 'worker', log);
	const jobs = await openJobs(database, cfg, { role: 'worker', worker: true, log }).catch(
		async (e: unknown) => {
			await database.close();
			throw e;
		}
	);
	log(
		`Nära kör bakgrundsjobb med Node.js ${process.version} (databas: ${database.where}). Stoppa med Ctrl-C.`
	);
	await new Promise<void>((resolve) => {
		let stopping = false;
		const stop = (signal: string) => {
			if (stopping) return;
			stopping = true;
			log(`Stoppar arbetaren (${signal}) när jobben den kör är klara …`);
			void jobs
				.close(cfg.shutdownTimeoutMs)
				.catch((e: unknown) => log(`Jobbkön stängdes inte rent: ${String(e)}`))
				.then(() => database.close())
				.then(() => log('Arbetaren har stoppats.'))
				.finally(resolve);
		};
		process.once('SIGINT', () => stop('SIGINT'));
		process.once('SIGTERM', () => stop('SIGTERM'));
	});
}
