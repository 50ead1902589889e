/**
 * What the clients of outside statistics services (Kolada, SCB) share: a
 * sleep that an abort cuts short, Retry-After, and why a connection failed,
 * in Swedish.
 */

/** Waits `ms`; rejects with the signal's reason when it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
	new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs = Date.now()): number | undefined {
	if (header === null) return undefined;
	const text = header.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The code of a network error, looked for through `cause` and AggregateError members. */
function errorCode(error: unknown, depth = 0): string | undefined {
	if (!error || typeof error !== 'object' || depth > 4) return undefined;
	const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
	if (typeof e.code === 'string') return e.code;
	if (Array.isArray(e.errors))
		for (const inner of e.errors) {
			const code = errorCode(inner, depth + 1);
			if (code) return code;
		}
	return errorCode(e.cause, depth + 1);
}

/** Why a connection failed, in Swedish, and whether trying again soon may help. */
export function networkReason(error: unknown): { reason: string; transient: boolean } {
	const code = errorCode(error);
	switch (code) {
		case 'ECONNREFUSED':
			return { reason: 'anslutningen nekades', transient: false };
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return { reason: 'adressen hittades inte', transient: false };
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return { reason: 'nätverket når inte fram', transient: false };
		case 'ETIMEDOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
			return { reason: 'anslutningen tog för lång tid', transient: false };
		case 'ECONNRESET':
		case 'EPIPE':
		case 'UND_ERR_SOCKET':
		case 'UND_ERR_CLOSED':
			return { reason: 'anslutningen bröts', transient: true };
	}
	if (code && /CERT|SSL|TLS/.test(code))
		return { reason: 'säkerhetscertifikatet godtogs inte', transient: false };
	const message = error instanceof Error ? error.message : String(error);
	return { reason: `nätverksfel (${code ?? message})`, transient: false };
}
