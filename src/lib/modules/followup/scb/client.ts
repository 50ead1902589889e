import { createRateLimiter } from '../kolada/client.ts';
import { networkReason, parseRetryAfter, realSleep, type Sleep } from '../http.ts';
import { ScbError } from './errors.ts';
import {
	parseJsonStat2,
	parseMetadata,
	type JsonStatTable,
	type Parsed,
	type PxMetadata
} from './jsonstat.ts';

export { ScbError } from './errors.ts';

/** One variable's selection in a PxWeb v1 query: `{code, selection: {filter, values}}`. */
export interface PxSelection {
	code: string;
	/** "item" (the codes), "all" ("*"), "top" (the last n), or a value set "vs:…" */
	filter: string;
	values: string[];
}

export interface ScbClientOptions {
	/** e.g. https://api.scb.se/OV0104/v1/doris/sv/ssd (the SCB_BASE_URL setting) */
	baseUrl: string;
	/** each request, body included, is abandoned after this long */
	timeoutMs?: number;
	/** retries after the first try, for 429, 5xx and dropped connections */
	maxRetries?: number;
	/** SCB allows 30 calls in 10 seconds from one address */
	requestsPerSecond?: number;
	fetch?: typeof globalThis.fetch;
	now?: () => number;
	sleep?: Sleep;
	backoffBaseMs?: number;
}

export interface ScbClient {
	readonly baseUrl: string;
	/** The table's variables and their codes (GET on the table). */
	metadata(table: string, options?: { signal?: AbortSignal }): Promise<PxMetadata>;
	/** The selected cells as JSON-stat 2.0 (POST on the table). */
	query(
		table: string,
		selections: PxSelection[],
		options?: { signal?: AbortSignal }
	): Promise<JsonStatTable>;
}

const STATUS: Record<number, string> = {
	400: 'frågan är felaktig',
	403: 'för många värden i en fråga',
	404: 'tabellen finns inte',
	429: 'för många anrop'
};

/** "BE/BE0101/BE0101A/BefolkningNy": folders and a table id, nothing else. */
const TABLE = /^[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*$/;

type Answer =
	| { kind: 'ok'; text: string }
	| { kind: 'status'; status: number; retryAfterMs?: number }
	| { kind: 'dropped'; reason: string };

/**
 * A client for SCB's statistical database (PxWeb API v1): metadata by GET,
 * data by POST with a JSON query, answered as JSON-stat 2.0. Throttled;
 * 429, 5xx and dropped connections are retried with backoff; every failure
 * is an ScbError with a Swedish message.
 */
export function createScbClient(options: ScbClientOptions): ScbClient {
	let base: URL;
	try {
		base = new URL(options.baseUrl.replace(/\/+$/, ''));
		if (!/^https?:$/.test(base.protocol)) throw new Error(base.protocol);
	} catch {
		throw new ScbError(
			`SCB-adressen (SCB_BASE_URL) är ogiltig: "${options.baseUrl}". Ange t.ex. https://api.scb.se/OV0104/v1/doris/sv/ssd.`,
			'invalid'
		);
	}
	const baseUrl = base.href.replace(/\/+$/, '');
	const timeoutMs = options.timeoutMs ?? 60_000;
	const maxRetries = options.maxRetries ?? 3;
	const doFetch = options.fetch ?? globalThis.fetch;
	const sleep = options.sleep ?? realSleep;
	const backoffBaseMs = options.backoffBaseMs ?? 1000;
	const limiter = createRateLimiter({
		ratePerSecond: options.requestsPerSecond ?? 2,
		burst: 5,
		now: options.now ?? (() => performance.now()),
		sleep
	});

	async function once(url: string, init: RequestInit, signal?: AbortSignal): Promise<Answer> {
		const controller = new AbortController();
		const onAbort = () => controller.abort(signal?.reason);
		signal?.addEventListener('abort', onAbort, { once: true });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
		try {
			const response = await doFetch(url, { ...init, signal: controller.signal });
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
				return { kind: 'status', status: response.status, retryAfterMs };
			}
			return { kind: 'ok', text: await response.text() };
		} catch (error) {
			if (signal?.aborted) throw new ScbError('Hämtningen från SCB avbröts.', 'aborted', { url });
			if (timedOut)
				throw new ScbError(
					`SCB svarar inte (${baseUrl}): inget svar inom ${(timeoutMs / 1000).toLocaleString('sv-SE')} sekunder. Försök igen senare eller ange SCB_BASE_URL.`,
					'timeout',
					{ url }
				);
			const { reason, transient } = networkReason(error);
			if (transient) return { kind: 'dropped', reason };
			throw new ScbError(
				`SCB svarar inte (${baseUrl}): ${reason}. Försök igen senare eller ange SCB_BASE_URL.`,
				'unreachable',
				{ url }
			);
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
		}
	}

	async function request<T>(
		table: string,
		init: RequestInit,
		parse: (body: unknown) => Parsed<T>,
		signal?: AbortSignal
	): Promise<T> {
		if (!TABLE.test(table))
			throw new ScbError(
				`Tabellen "${table}" är ingen SCB-tabell (t.ex. BE/BE0101/BE0101A/BefolkningNy).`,
				'invalid'
			);
		const url = `${baseUrl}/${table}`;
		for (let retry = 0; ; retry++) {
			await limiter.take(signal).catch(() => {
				throw new ScbError('Hämtningen från SCB avbröts.', 'aborted', { url });
			});
			const answer = await once(url, init, signal);
			if (answer.kind === 'ok') {
				let body: unknown;
				try {
					body = JSON.parse(answer.text);
				} catch {
					throw new ScbError(`SCB gav ett svar som inte är JSON på ${url}.`, 'malformed', { url });
				}
				const parsed = parse(body);
				if (!parsed.ok)
					throw new ScbError(
						`SCB gav ett oväntat svar på ${url}: ${parsed.problem}.`,
						'malformed',
						{ url }
					);
				return parsed.value;
			}
			const status = answer.kind === 'status' ? answer.status : undefined;
			const retryable = status === undefined || status === 429 || status >= 500;
			if (!retryable || retry >= maxRetries) {
				const what =
					status === undefined
						? (answer as { reason: string }).reason
						: `${status}${STATUS[status] ? ` (${STATUS[status]})` : ''}`;
				throw new ScbError(
					`SCB svarade ${what} på ${url}${retry ? ` efter ${retry + 1} försök` : ''}. ${status === 404 || status === 400 ? 'Kontrollera tabellen och urvalet.' : 'Försök igen senare.'}`,
					status === undefined ? 'unreachable' : 'http',
					{ url, status }
				);
			}
			const wait =
				answer.kind === 'status' && answer.retryAfterMs !== undefined
					? answer.retryAfterMs
					: backoffBaseMs * 2 ** retry;
			await sleep(wait, signal).catch(() => {
				throw new ScbError('Hämtningen från SCB avbröts.', 'aborted', { url });
			});
		}
	}

	return {
		baseUrl,
		metadata: (table, o = {}) =>
			request(table, { headers: { accept: 'application/json' } }, parseMetadata, o.signal),
		query: (table, selections, o = {}) =>
			request(
				table,
				{
					method: 'POST',
					headers: { accept: 'application/json', 'content-type': 'application/json' },
					body: JSON.stringify({
						query: selections.map((s) => ({
							code: s.code,
							selection: { filter: s.filter, values: s.values }
						})),
						response: { format: 'json-stat2' }
					})
				},
				parseJsonStat2,
				o.signal
			)
	};
}
