import http from 'node:http';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Config } from '../lib/platform/config.ts';
import { prepareDatabase } from '../lib/app/database.ts';
import {
	closeAppDatabase,
	closeReadDatabase,
	provideDatabase,
	provideReadDatabase,
	renewAppDatabase
} from '../lib/platform/app.ts';
import { connect } from '../lib/platform/db/client.ts';
import { guardAgainstDatabaseFaults } from '../lib/platform/db/guard.ts';
import { UserFacingError } from '../lib/platform/errors.ts';
import { projectRoot } from '../lib/platform/paths.ts';
import { answerClientError, answeredCrossSiteApiForm } from '../lib/platform/client-error.ts';
import { compressResponses } from '../lib/platform/compression.ts';
import { gracefulStop } from './shutdown.ts';
import { openJobs, type Jobs } from '../lib/app/jobs.ts';
import { provideJobQueue } from '../lib/platform/jobs/queue.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

function listen(server: http.Server, cfg: Config): Promise<void> {
	return new Promise((resolve, reject) => {
		const onError = (e: NodeJS.ErrnoException) => {
			if (e.code === 'EADDRINUSE') {
				reject(
					new UserFacingError(
						`Porten ${cfg.port} används redan av ett annat program. Stoppa det, eller välj en annan port med PORT=${cfg.port + 1}.`
					)
				);
			} else if (e.code === 'EACCES') {
				reject(
					new UserFacingError(
						`Nära får inte lyssna på port ${cfg.port}. Välj en port över 1024 med PORT.`
					)
				);
			} else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') {
				reject(
					new UserFacingError(`Adressen ${cfg.host} finns inte på den här datorn. Ändra HOST.`)
				);
			} else reject(e);
		};
		server.once('error', onError);
		server.listen(cfg.port, cfg.host, () => {
			server.off('error', onError);
			resolve();
		});
	});
}

/**
 * Runs the web server: binds the port first (so a port in use fails at once),
 * then opens, migrates and if needed seeds the database, then serves the
 * SvelteKit build. SIGINT and SIGTERM close the server, let the requests in
 * flight finish (./shutdown.ts), then close the database and the embedded
 * PostgreSQL in that order.
 */
export async function serve(cfg: Config, log: (m: string) => void): Promise<void> {
	const handlerFile = path.join(projectRoot(), 'build', 'handler.js');
	if (!existsSync(handlerFile)) {
		throw new UserFacingError(
			'Nära är inte byggt ännu. Kör npm start (som bygger först) eller npm run build.'
		);
	}

	// adapter-node takes every request for https unless told otherwise; served
	// directly (not behind a proxy that sets ORIGIN or PROTOCOL_HEADER) we
	// tell it the truth, so links and the same-origin check of forms are right.
	const ownProtocolHeader = 'x-nara-protocol';
	if (!cfg.behindProxy) process.env.PROTOCOL_HEADER = ownProtocolHeader;

	let handler: Handler | undefined;
	let markReady!: () => void;
	let markFailed!: (e: unknown) => void;
	const ready = new Promise<void>((resolve, reject) => {
		markReady = resolve;
		markFailed = reject;
	});
	ready.catch(() => {}); // failures are reported by serve() itself
	const compress = compressResponses();
	const server = http.createServer((req, res) => {
		if (!cfg.behindProxy) req.headers[ownProtocolHeader] = 'http';
		if (answeredCrossSiteApiForm(req, res)) return;
		const go = () =>
			handler!(req, res, () => {
				res.statusCode = 404;
				res.end('Hittades inte');
			});
		compress(req, res, () => {
			if (handler) go();
			else
				ready.then(go, () => {
					res.statusCode = 503;
					res.end('Nära kunde inte starta.');
				});
		});
	});
	server.keepAliveTimeout = 5_000;
	server.on('clientError', answerClientError);

	await listen(server, cfg);
	let jobs: Promise<Jobs> | undefined;
	const stop = gracefulStop(server, cfg.shutdownTimeoutMs, log, async (cut) => {
		// the worker finishes the job it runs (bounded), then the database closes
		await jobs
			?.then((j) => j.close(cut ? 0 : cfg.shutdownTimeoutMs))
			.catch((e: unknown) => log(`Jobbkön stängdes inte rent: ${String(e)}`));
		await closeReadDatabase(cut ? 0 : 5).catch(() => {});
		await closeAppDatabase(cut ? 0 : 5).catch((e) =>
			log(`Databasen stängdes inte rent: ${String(e)}`)
		);
	});
	process.once('SIGINT', () => void stop('SIGINT'));
	process.once('SIGTERM', () => void stop('SIGTERM'));

	const database = prepareDatabase(cfg, 'serve', log);
	provideDatabase(database);
	if (cfg.databaseReadUrl)
		provideReadDatabase(
			connect({ kind: 'external', url: cfg.databaseReadUrl }, { role: 'read', log })
		);
	guardAgainstDatabaseFaults(log, renewAppDatabase);
	try {
		const opened = await database;
		const { where } = opened;
		jobs = openJobs(opened, cfg, { role: 'serve', worker: cfg.worker, log });
		provideJobQueue(jobs.then((j) => j.queue));
		await jobs;
		const unregister = (globalThis as { __naraUnregisterTsx?: () => Promise<void> })
			.__naraUnregisterTsx;
		await unregister?.();
		handler = ((await import(pathToFileURL(handlerFile).href)) as { handler: Handler }).handler;
		markReady();
		const shown = cfg.host === '0.0.0.0' || cfg.host === '::' ? 'localhost' : cfg.host;
		log(
			`Nära körs på http://${shown}:${cfg.port} med Node.js ${process.version} (databas: ${where}; ${cfg.worker ? 'kör bakgrundsjobb' : 'kör inga bakgrundsjobb, NARA_WORKER=0'}). Stoppa med Ctrl-C.`
		);
	} catch (e) {
		markFailed(e);
		server.close();
		throw e;
	}
}
