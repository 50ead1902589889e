import type http from 'node:http';

/**
 * A graceful stop of the web server on SIGTERM/SIGINT: it stops accepting
 * connections at once, lets the requests in flight finish (each answered with
 * `Connection: close`), closes keep-alive connections as they fall idle, and
 * only then closes the database, so that every write that commits also gets
 * its answer. Requests still running after `timeoutMs` (NARA_SHUTDOWN_TIMEOUT_MS)
 * are cut, and the database is then closed without waiting, which rolls back
 * the transactions they had not yet committed.
 *
 * Returns the function to call with the signal's name; it ends the process.
 */
export function gracefulStop(
	server: http.Server,
	timeoutMs: number,
	log: (m: string) => void,
	closeDatabase: (cut: boolean) => Promise<void>
): (signal: string) => Promise<void> {
	let inFlight = 0;
	let stopping = false;
	server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
		inFlight++;
		if (stopping && !res.headersSent) res.setHeader('Connection', 'close');
		res.once('close', () => {
			inFlight--;
			if (stopping) server.closeIdleConnections();
		});
	});

	return async (signal: string) => {
		if (stopping) return;
		stopping = true;
		log(
			inFlight > 0
				? `Stoppar Nära (${signal}) när ${inFlight} pågående anrop är klara (högst ${timeoutMs / 1000} s) …`
				: `Stoppar Nära (${signal}) …`
		);
		const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
		server.closeIdleConnections();
		let timer: NodeJS.Timeout | undefined;
		const timedOut = new Promise<boolean>((resolve) => {
			timer = setTimeout(() => resolve(false), timeoutMs);
		});
		const finished = await Promise.race([closed, timedOut]);
		clearTimeout(timer);
		if (!finished) {
			log(`${inFlight} anrop var inte klara efter ${timeoutMs / 1000} s och avbröts.`);
			server.closeAllConnections();
		}
		await closeDatabase(!finished);
		log('Nära har stoppats.');
		process.exit(0);
	};
}
