/**
 * Which errors mean "the database cannot be reached right now" rather than a
 * fault in Nära: the connection broke (the server restarted, a failover, a
 * backend was terminated) or cannot be made. Such a request is answered with
 * 503, and the process carries on while the pool reconnects.
 */

/** PostgreSQL's codes for a connection that the server closed or refuses. */
const SERVER_CODES = new Set([
	'57P01', // admin_shutdown (pg_terminate_backend, fast shutdown)
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now (starting up, recovering)
	'53300' // too_many_connections
]);

/** postgres.js's own codes for a connection it lost or could not make. */
const DRIVER_CODES = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);

/**
 * Socket errors, counted only on a database connection: one that failed a
 * query (postgres.js and Drizzle give it a `query`), or one postgres.js raised
 * itself (it sets `address`), or one with the driver's frames in its stack.
 */
const SOCKET_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ENOENT', // the embedded server's socket file is gone while it restarts
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EAI_AGAIN'
]);

/** Codes that say an established connection broke: its pool may hold broken connections. */
const BROKEN_CODES = new Set([
	'57P01',
	'57P02',
	'CONNECTION_CLOSED',
	'CONNECT_TIMEOUT',
	'ECONNRESET',
	'EPIPE'
]);

/** a frame in postgres.js (a query's stack ends with where it was made, in the driver) */
const DRIVER_FRAME = /[\\/]node_modules[\\/]postgres[\\/](cjs[\\/])?src[\\/][\w-]+\.[cm]?js/;

interface ErrorLike {
	stack?: unknown;
	code?: unknown;
	address?: unknown;
	syscall?: unknown;
	cause?: unknown;
}

/** The error and the causes it wraps (Drizzle wraps the driver's error in `cause`). */
function chain(error: unknown): ErrorLike[] {
	const out: ErrorLike[] = [];
	let e = error;
	while (e && typeof e === 'object' && out.length < 5) {
		out.push(e as ErrorLike);
		e = (e as ErrorLike).cause;
	}
	return out;
}

function codeOf(e: ErrorLike): string | undefined {
	return typeof e.code === 'string' ? e.code : undefined;
}

/** `ofQuery`: the error, or one that wraps it, failed a query (postgres.js and Drizzle set `query`). */
function isConnectionError(e: ErrorLike, ofQuery: boolean): boolean {
	const code = codeOf(e);
	if (!code) return false;
	if (SERVER_CODES.has(code) || DRIVER_CODES.has(code) || code.startsWith('08')) return true;
	return (
		SOCKET_CODES.has(code) &&
		(ofQuery ||
			typeof e.address === 'string' ||
			e.syscall === 'connect' ||
			(typeof e.stack === 'string' && DRIVER_FRAME.test(e.stack)))
	);
}

/**
 * postgres.js 3.4 writes to a socket that is already gone after a connection
 * closes with a write pending ("Cannot read properties of null (reading
 * 'write')" in `nextWrite`, porsager/postgres#1154, #1208). It is thrown from a
 * timer, so no query can catch it; it is recognised by where it comes from.
 */
export function isDriverWriteCrash(error: unknown): boolean {
	if (!(error instanceof TypeError)) return false;
	const stack = error.stack ?? '';
	return (
		/reading 'write'|evaluating 'socket\.write'/.test(error.message) &&
		/nextWrite/.test(stack) &&
		DRIVER_FRAME.test(stack)
	);
}

/** Whether `error` means the database is unreachable right now (answer 503, retry later). */
export function isDatabaseUnavailable(error: unknown): boolean {
	let ofQuery = false;
	return chain(error).some((e) => {
		ofQuery ||= 'query' in e;
		return isDriverWriteCrash(e) || isConnectionError(e, ofQuery);
	});
}

/**
 * Whether `error` tells that an established connection broke, so that the pool
 * should be renewed: postgres.js 3.4.9 can leave such a connection unable to
 * write again (it keeps the pending write of the lost socket).
 */
export function isBrokenConnection(error: unknown): boolean {
	if (isDriverWriteCrash(error)) return true;
	return chain(error).some((e) => {
		const code = codeOf(e);
		return code !== undefined && (BROKEN_CODES.has(code) || code === '08006' || code === '08003');
	});
}

/** The message people see while the database cannot be reached. */
export const UNAVAILABLE_MESSAGE = 'Databasen går inte att nå just nu. Försök igen om en stund.';
