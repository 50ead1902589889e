import { describe, expect, test } from 'vitest';
import { isBrokenConnection, isDatabaseUnavailable, isDriverWriteCrash } from './faults.ts';

/** Errors as postgres.js and Drizzle raise them (their shape, code and stack). */
function driverError(code: string, extra: Record<string, unknown> = {}): Error {
	return Object.assign(new Error(`${code} test`), { code, ...extra });
}
function wrapped(cause: unknown): Error {
	return Object.assign(new Error('Failed query: select 1'), { cause });
}
/** Drizzle's DrizzleQueryError: the failed query, the driver's error as its cause */
function failedQuery(cause: unknown): Error {
	return Object.assign(new Error('Failed query: select 1'), {
		query: 'select 1',
		params: [],
		cause
	});
}
const crash = Object.assign(new TypeError("Cannot read properties of null (reading 'write')"), {
	stack: `TypeError: Cannot read properties of null (reading 'write')
    at Immediate.nextWrite (file:///srv/nara/node_modules/postgres/src/connection.js:255:22)
    at process.processImmediate (node:internal/timers:483:21)`
});

describe('database faults', () => {
	test.each([
		['a terminated backend (57P01)', driverError('57P01')],
		['a server that is starting (57P03)', driverError('57P03')],
		['a connection failure (08006)', driverError('08006')],
		['a closed connection', driverError('CONNECTION_CLOSED', { address: '/run/.s.PGSQL.5432' })],
		['an ended pool', driverError('CONNECTION_ENDED')],
		['a refused connection', driverError('ECONNREFUSED', { address: '127.0.0.1', port: 5432 })],
		['a socket file that is gone', driverError('ENOENT', { syscall: 'connect' })],
		[
			'a failed write of the driver',
			Object.assign(driverError('EPIPE', { syscall: 'write' }), {
				stack:
					'Error: write EPIPE\n    at Immediate.nextWrite (/x/node_modules/postgres/src/connection.js:255:22)'
			})
		],
		[
			'a reset read of the driver, in a transaction',
			Object.assign(driverError('ECONNRESET', { syscall: 'read' }), {
				stack: `Error: read ECONNRESET
    at Pipe.onStreamRead (node:internal/stream_base_commons:218:20)
    at cachedError (file:///srv/nara/node_modules/postgres/src/query.js:170:23)
    at scope (file:///srv/nara/node_modules/postgres/src/index.js:278:22)`
			})
		],
		['the driver crash on a closed socket', crash]
	])('%s is "unavailable", also wrapped by Drizzle', (_name, error) => {
		expect(isDatabaseUnavailable(error)).toBe(true);
		expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
	});

	test.each([
		['a unique violation', driverError('23505')],
		['a syntax error', driverError('42601')],
		['a file that is missing', driverError('ENOENT', { syscall: 'open', path: '/x' })],
		['a broken pipe of some other socket', driverError('EPIPE', { syscall: 'write' })],
		['a TypeError elsewhere', new TypeError("Cannot read properties of null (reading 'write')")],
		['not an error', 'CONNECTION_CLOSED'],
		['nothing', undefined]
	])('%s is not', (_name, error) => {
		expect(isDatabaseUnavailable(error)).toBe(false);
		expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
	});

	test('a reset read without the driver in its stack counts when it failed a query', () => {
		const reset = driverError('ECONNRESET', { syscall: 'read' });
		expect(isDatabaseUnavailable(reset)).toBe(false);
		expect(isDatabaseUnavailable(failedQuery(reset))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(reset, { query: 'select 1' }))).toBe(true);
		expect(isDatabaseUnavailable(failedQuery(driverError('23505')))).toBe(false);
	});

	test('only a connection that broke renews the pool, not one that could not be made', () => {
		expect(isDriverWriteCrash(crash)).toBe(true);
		expect(isBrokenConnection(crash)).toBe(true);
		expect(isBrokenConnection(wrapped(driverError('57P01')))).toBe(true);
		expect(isBrokenConnection(wrapped(driverError('CONNECTION_CLOSED')))).toBe(true);
		expect(isBrokenConnection(driverError('ECONNREFUSED', { address: '127.0.0.1' }))).toBe(false);
		expect(isBrokenConnection(driverError('CONNECTION_ENDED'))).toBe(false);
	});
});
