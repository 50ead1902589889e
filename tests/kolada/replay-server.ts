/**
 * A stand-in for Kolada API v3 in tests: a node:http server on 127.0.0.1
 * that answers with the recorded or documented responses in
 * tests/kolada/fixtures/ (matched by path and query), can be told to fail
 * or hang before a path, and records every request it gets.
 *
 *   const kolada = await startReplayServer();
 *   createKoladaClient({ baseUrl: kolada.baseUrl, ... });
 *   kolada.inject('/v3/data/kpi/…', { status: 429, retryAfter: 2 });
 *   kolada.requests; // what the client asked for
 *   await kolada.close();
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');

export interface Fixture {
	/** path and query as Kolada was asked, e.g. /v3/data/kpi/N20402/municipality/1780/year/2022?per_page=5000 */
	request: string;
	status: number;
	body: unknown;
}

export interface RecordedRequest {
	method: string;
	/** path and query as received */
	url: string;
	pathname: string;
	query: Record<string, string>;
	/** from the `now` the server was started with (a fake clock in tests) */
	at: number;
}

export interface InjectedResponse {
	status: number;
	/** seconds, sent as Retry-After */
	retryAfter?: number;
	body?: string;
	/** accept the request and never answer (for timeouts) */
	hang?: boolean;
	/** close the connection without answering */
	drop?: boolean;
}

export interface ReplayServer {
	/** e.g. http://127.0.0.1:41234/v3 */
	baseUrl: string;
	requests: RecordedRequest[];
	/**
	 * The next requests for `match` get these responses, in order, before the
	 * fixture is served again. `match` is a path (any query) or path?query.
	 */
	inject(match: string, ...responses: InjectedResponse[]): void;
	close(): Promise<void>;
}

/** Path plus query with parameters sorted, so ?per_page=30&page=2 and ?page=2&per_page=30 match. */
export function requestKey(url: string): string {
	const parsed = new URL(url, 'http://replay.invalid');
	const params = [...parsed.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
	const query = new URLSearchParams(params).toString();
	return decodeURIComponent(parsed.pathname) + (query ? `?${query}` : '');
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Partial<Fixture>)
		.filter((f): f is Fixture => typeof f.request === 'string' && typeof f.status === 'number');
}

export async function startReplayServer(
	options: { fixtures?: Fixture[]; now?: () => number } = {}
): Promise<ReplayServer> {
	const now = options.now ?? (() => performance.now());
	const byKey = new Map<string, Fixture>();
	for (const fixture of options.fixtures ?? loadFixtures())
		byKey.set(requestKey(fixture.request), fixture);
	const injected: { match: string; response: InjectedResponse }[] = [];
	const requests: RecordedRequest[] = [];

	function takeInjected(key: string, pathname: string): InjectedResponse | undefined {
		const index = injected.findIndex((i) =>
			i.match.includes('?') ? requestKey(i.match) === key : i.match === pathname
		);
		if (index === -1) return undefined;
		return injected.splice(index, 1)[0]!.response;
	}

	function handle(req: IncomingMessage, res: ServerResponse) {
		const url = req.url ?? '/';
		const parsed = new URL(url, 'http://replay.invalid');
		const pathname = decodeURIComponent(parsed.pathname);
		const key = requestKey(url);
		requests.push({
			method: req.method ?? 'GET',
			url,
			pathname,
			query: Object.fromEntries(parsed.searchParams),
			at: now()
		});
		const injection = takeInjected(key, pathname);
		if (injection?.hang) return; // the socket stays open until the client gives up
		if (injection?.drop) {
			req.socket.destroy();
			return;
		}
		if (injection) {
			const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
			if (injection.retryAfter !== undefined) headers['retry-after'] = String(injection.retryAfter);
			res.writeHead(injection.status, headers);
			res.end(injection.body ?? `replay: injected ${injection.status}`);
			return;
		}
		const fixture = byKey.get(key);
		if (!fixture) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(`replay: no fixture for ${key}`);
			return;
		}
		const body = typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body);
		res.writeHead(fixture.status, { 'content-type': 'application/json; charset=utf-8' });
		res.end(body);
	}

	const server = createServer(handle);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}/v3`,
		requests,
		inject(match, ...responses) {
			for (const response of responses) injected.push({ match, response });
		},
		close() {
			server.closeAllConnections();
			return new Promise((resolve, reject) =>
				server.close((error) => (error ? reject(error) : resolve()))
			);
		}
	};
}
