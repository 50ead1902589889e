import { networkReason, parseRetryAfter, realSleep, type Sleep } from '../http.ts';
import { KoladaError } from './errors.ts';
import {
	MAX_IDS_PER_SEGMENT,
	MAX_PER_PAGE,
	chunk,
	dataRequestUrls,
	normaliseBaseUrl,
	parseDataPage,
	parseKpiPage,
	parseMunicipalityPage,
	queryProblems,
	resolveNextUrl,
	type DataQuery,
	type KoladaKpi,
	type KoladaMunicipality,
	type KoladaRow,
	type PageResult
} from './normalise.ts';

export { KoladaError } from './errors.ts';
export { parseRetryAfter, type Sleep } from '../http.ts';
export type { DataQuery, KoladaKpi, KoladaMunicipality, KoladaRow } from './normalise.ts';

export interface KoladaProgress {
	/** 1-based number of the request (one per group of ≤ 25 kpis × areas × years) */
	request: number;
	requests: number;
	/** 1-based page within this request */
	page: number;
	/** rows fetched so far, over all requests */
	rows: number;
	url: string;
}

export interface KoladaClientOptions {
	/** e.g. https://api.kolada.se/v3 (the KOLADA_BASE_URL setting) */
	baseUrl: string;
	/** at most this many requests a second, retries included */
	requestsPerSecond?: number;
	/** requests that may go at once after a pause; 1 spaces every request evenly */
	burst?: number;
	/** each request, body included, is abandoned after this long */
	timeoutMs?: number;
	/** retries after the first try, for 429, 5xx and dropped connections */
	maxRetries?: number;
	/** values per page (Kolada's maximum is 5000) */
	perPage?: number;
	fetch?: typeof globalThis.fetch;
	onProgress?: (progress: KoladaProgress) => void;
	/** the clock of the rate limiter (ms, monotonic); tests pass a fake one */
	now?: () => number;
	/** waits of the rate limiter and of backoff; tests pass a fake one */
	sleep?: Sleep;
	/** 0 ≤ x < 1, for backoff jitter */
	random?: () => number;
	/** first backoff after a 5xx; doubles each retry */
	backoffBaseMs?: number;
	backoffMaxMs?: number;
	/** a Retry-After longer than this is not waited for: the fetch fails instead */
	maxRetryAfterMs?: number;
}

export interface FetchOptions {
	/** stops the fetch between or during requests (e.g. Ctrl-C in an import) */
	signal?: AbortSignal;
}

export interface KoladaClient {
	readonly baseUrl: string;
	/** Every value for the query, page by page, as normalised rows. */
	fetchValues(query: DataQuery, options?: FetchOptions): AsyncGenerator<KoladaRow>;
	/** fetchValues collected into one array (nothing is returned unless everything came). */
	fetchAllValues(query: DataQuery, options?: FetchOptions): Promise<KoladaRow[]>;
	/** Kolada's KPI catalogue (/kpi), or only the KPIs in `ids` (/kpi/{ids}, 25 at a time). */
	fetchKpiCatalogue(options?: FetchOptions & { ids?: string[] }): Promise<KoladaKpi[]>;
	/** Every kommun and region, with Riket (/municipality). */
	fetchMunicipalities(options?: FetchOptions): Promise<KoladaMunicipality[]>;
}

/**
 * A token bucket: `ratePerSecond` tokens a second, at most `burst` saved
 * up; each request takes one, waiting for it when none is left.
 */
export function createRateLimiter(options: {
	ratePerSecond: number;
	burst?: number;
	now: () => number;
	sleep: Sleep;
}) {
	const { ratePerSecond, now, sleep } = options;
	const burst = options.burst ?? 1;
	if (!(ratePerSecond > 0)) throw new RangeError('requestsPerSecond must be above 0');
	if (!(burst >= 1)) throw new RangeError('burst must be at least 1');
	let tokens = burst;
	let last = now();
	return {
		async take(signal?: AbortSignal): Promise<void> {
			for (;;) {
				const t = now();
				tokens = Math.min(burst, tokens + ((t - last) * ratePerSecond) / 1000);
				last = t;
				if (tokens >= 1 - 1e-9) {
					tokens -= 1;
					return;
				}
				await sleep(Math.ceil(((1 - tokens) * 1000) / ratePerSecond), signal);
			}
		}
	};
}

const SWEDISH_COUNT = [
	'noll',
	'en',
	'två',
	'tre',
	'fyra',
	'fem',
	'sex',
	'sju',
	'åtta',
	'nio',
	'tio'
];

/** "en gång", "sex gånger", "12 gånger" */
function times(n: number): string {
	return n === 1 ? 'en gång' : `${SWEDISH_COUNT[n] ?? n} gånger`;
}

const STATUS_TEXT: Record<number, string> = {
	400: 'felaktig fråga',
	401: 'inloggning krävs',
	403: 'åtkomst nekad',
	404: 'hittades inte',
	414: 'för lång adress',
	429: 'för många anrop'
};

type Attempt =
	| { kind: 'ok'; text: string }
	| { kind: 'status'; status: number; retryAfterMs: number | undefined }
	| { kind: 'dropped'; reason: string };

/**
 * A client for Kolada API v3. One request at a time, throttled; 429, 5xx
 * and dropped connections are retried with exponential backoff and jitter
 * (a 429's Retry-After is respected); every failure becomes a KoladaError
 * with a one-line Swedish message.
 */
export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
	const base = normaliseBaseUrl(options.baseUrl);
	if (!base.ok)
		throw new KoladaError(
			`Kolada-adressen (KOLADA_BASE_URL) är ogiltig: ${base.problem}. Ange t.ex. https://api.kolada.se/v3.`,
			'invalid'
		);
	const baseUrl = base.url;
	const timeoutMs = options.timeoutMs ?? 30_000;
	const maxRetries = options.maxRetries ?? 5;
	const perPage = Math.min(options.perPage ?? MAX_PER_PAGE, MAX_PER_PAGE);
	if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage ${perPage}`);
	const doFetch = options.fetch ?? globalThis.fetch;
	const now = options.now ?? (() => performance.now());
	const sleep = options.sleep ?? realSleep;
	const random = options.random ?? Math.random;
	const backoffBaseMs = options.backoffBaseMs ?? 500;
	const backoffMaxMs = options.backoffMaxMs ?? 30_000;
	const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
	const limiter = createRateLimiter({
		ratePerSecond: options.requestsPerSecond ?? 5,
		burst: options.burst,
		now,
		sleep
	});

	const unreachable = (reason: string, kind: 'unreachable' | 'timeout', url: string) =>
		new KoladaError(
			`Kolada svarar inte (${baseUrl}): ${reason}. Försök igen senare eller ange KOLADA_BASE_URL.`,
			kind,
			{ url }
		);
	const aborted = (url: string) =>
		new KoladaError('Hämtningen från Kolada avbröts.', 'aborted', { url });

	async function attempt(url: string, signal: AbortSignal | undefined): Promise<Attempt> {
		const controller = new AbortController();
		const onAbort = () => controller.abort(signal?.reason);
		signal?.addEventListener('abort', onAbort, { once: true });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
		try {
			const response = await doFetch(url, {
				signal: controller.signal,
				headers: { accept: 'application/json' }
			});
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				return {
					kind: 'status',
					status: response.status,
					retryAfterMs: parseRetryAfter(response.headers.get('retry-after'))
				};
			}
			// the body is read under the same time limit as the headers
			return { kind: 'ok', text: await response.text() };
		} catch (error) {
			if (signal?.aborted) throw aborted(url);
			if (timedOut) {
				const seconds = (timeoutMs / 1000).toLocaleString('sv-SE');
				throw unreachable(`inget svar inom ${seconds} sekunder`, 'timeout', url);
			}
			const { reason, transient } = networkReason(error);
			if (transient) return { kind: 'dropped', reason };
			throw unreachable(reason, 'unreachable', url);
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
		}
	}

	function backoff(retry: number): number {
		const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** retry);
		// "equal jitter": at least half the step, so retries from many clients spread out
		return Math.round(ceiling / 2 + (random() * ceiling) / 2);
	}

	async function getJson(url: string, signal: AbortSignal | undefined): Promise<unknown> {
		const failures: string[] = [];
		for (let retry = 0; ; retry++) {
			if (signal?.aborted) throw aborted(url);
			try {
				await limiter.take(signal);
			} catch (error) {
				if (signal?.aborted) throw aborted(url);
				throw error;
			}
			const result = await attempt(url, signal);
			if (result.kind === 'ok') {
				try {
					return JSON.parse(result.text) as unknown;
				} catch {
					throw new KoladaError(
						`Kolada gav ett svar som inte är JSON på ${url}. Försök igen senare.`,
						'malformed',
						{ url }
					);
				}
			}
			if (result.kind === 'status') {
				const { status } = result;
				failures.push(String(status));
				const retryable = status === 429 || status >= 500;
				if (!retryable) {
					const text = STATUS_TEXT[status] ? ` (${STATUS_TEXT[status]})` : '';
					throw new KoladaError(
						`Kolada svarade ${status}${text} på ${url}. Kontrollera nyckeltal, kommuner och år.`,
						'http',
						{ url, status }
					);
				}
				if (retry >= maxRetries) {
					const distinct = [...new Set(failures)].join('/');
					throw new KoladaError(
						`Kolada svarade ${distinct} ${times(failures.length)} i rad på ${url}. Försök igen senare.`,
						'http',
						{ url, status }
					);
				}
				const wait =
					status === 429 && result.retryAfterMs !== undefined
						? result.retryAfterMs
						: backoff(retry);
				if (wait > maxRetryAfterMs)
					throw new KoladaError(
						`Kolada ber Nära vänta ${Math.ceil(wait / 1000)} sekunder (429, för många anrop) på ${url}. Försök igen senare.`,
						'http',
						{ url, status }
					);
				await pause(wait, url, signal);
				continue;
			}
			failures.push(result.reason);
			if (retry >= maxRetries)
				throw unreachable(`${result.reason} ${times(failures.length)} i rad`, 'unreachable', url);
			await pause(backoff(retry), url, signal);
		}
	}

	async function pause(ms: number, url: string, signal: AbortSignal | undefined) {
		try {
			await sleep(ms, signal);
		} catch (error) {
			if (signal?.aborted) throw aborted(url);
			throw error;
		}
	}

	/** Every page from `firstUrl` on, following next_url until there is none. */
	async function* pages<T>(
		firstUrl: string,
		parse: (body: unknown) => PageResult<T>,
		signal: AbortSignal | undefined
	): AsyncGenerator<T[]> {
		const seen = new Set<string>();
		let url: string | null = firstUrl;
		while (url) {
			seen.add(url);
			const page = parse(await getJson(url, signal));
			if (!page.ok)
				throw new KoladaError(
					`Kolada gav ett oväntat svar på ${url}: ${page.problem}.`,
					'malformed',
					{
						url
					}
				);
			yield page.items;
			if (!page.nextUrl) break;
			const next = resolveNextUrl(page.nextUrl, url);
			if (!next)
				throw new KoladaError(
					`Kolada gav ett oväntat svar på ${url}: next_url "${page.nextUrl}" är ingen adress.`,
					'malformed',
					{ url }
				);
			if (seen.has(next))
				throw new KoladaError(
					`Kolada gav ett oväntat svar på ${url}: next_url pekar på en sida som redan hämtats (${next}).`,
					'malformed',
					{ url }
				);
			url = next;
		}
	}

	async function collect<T>(
		firstUrl: string,
		parse: (body: unknown) => PageResult<T>,
		signal: AbortSignal | undefined
	): Promise<T[]> {
		const all: T[] = [];
		for await (const items of pages(firstUrl, parse, signal)) all.push(...items);
		return all;
	}

	async function* fetchValues(query: DataQuery, fetchOptions: FetchOptions = {}) {
		const problems = queryProblems(query);
		if (problems.length)
			throw new KoladaError(`Frågan till Kolada är ogiltig: ${problems.join('; ')}.`, 'invalid');
		const urls = dataRequestUrls(baseUrl, query, perPage);
		let rows = 0;
		for (const [index, url] of urls.entries()) {
			let page = 0;
			for await (const items of pages(url, parseDataPage, fetchOptions.signal)) {
				page += 1;
				rows += items.length;
				options.onProgress?.({ request: index + 1, requests: urls.length, page, rows, url });
				yield* items;
			}
		}
	}

	return {
		baseUrl,
		fetchValues,
		async fetchAllValues(query, fetchOptions) {
			const rows: KoladaRow[] = [];
			for await (const row of fetchValues(query, fetchOptions)) rows.push(row);
			return rows;
		},
		async fetchKpiCatalogue(fetchOptions = {}) {
			const { ids, signal } = fetchOptions;
			if (!ids) return collect(`${baseUrl}/kpi?per_page=${perPage}`, parseKpiPage, signal);
			const problems = ids.filter((id) => !/^[A-Za-z0-9]+$/.test(id));
			if (problems.length)
				throw new KoladaError(
					`Frågan till Kolada är ogiltig: ogiltigt nyckeltal "${problems[0]}".`,
					'invalid'
				);
			const all: KoladaKpi[] = [];
			for (const group of chunk([...new Set(ids)], MAX_IDS_PER_SEGMENT))
				all.push(
					...(await collect(
						`${baseUrl}/kpi/${group.join(',')}?per_page=${perPage}`,
						parseKpiPage,
						signal
					))
				);
			return all;
		},
		fetchMunicipalities(fetchOptions = {}) {
			return collect(
				`${baseUrl}/municipality?per_page=${perPage}`,
				parseMunicipalityPage,
				fetchOptions.signal
			);
		}
	};
}
