/**
 * The one error shape of Nära's API, `{ error: { code, message } }` with a
 * Swedish message, for every answer under /api/ with status 400 or more:
 * from the services (http.ts apiResponse), from the request hook, /healthz,
 * the error handler, and SvelteKit's own answers (404 for an unknown path,
 * 405 for a method a route does not have, 413 for a body over the limit),
 * which the hook reshapes with `shapedApiError`.
 */

export type ApiErrorCode =
	| 'invalid'
	| 'unauthorized'
	| 'forbidden'
	| 'not_found'
	| 'method_not_allowed'
	| 'conflict'
	| 'too_large'
	| 'too_many'
	| 'headers_too_large'
	| 'internal'
	| 'unavailable';

const CODE_OF_STATUS: Record<number, ApiErrorCode> = {
	400: 'invalid',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	409: 'conflict',
	413: 'too_large',
	429: 'too_many',
	431: 'headers_too_large',
	500: 'internal',
	503: 'unavailable'
};

const STATUS_OF_CODE = Object.fromEntries(
	Object.entries(CODE_OF_STATUS).map(([status, code]) => [code, Number(status)])
) as Record<ApiErrorCode, number>;

const MESSAGE_OF_STATUS: Record<number, string> = {
	400: 'Anropet är felaktigt.',
	401: 'Logga in, eller skicka en giltig API-nyckel.',
	403: 'Du har inte behörighet till det här.',
	404: 'Det finns ingenting på den här adressen i API:t.',
	405: 'Metoden går inte att använda på den här adressen.',
	409: 'Uppgiften har ändrats av någon annan.',
	413: 'Anropet är för stort (högst 512 kB).',
	429: 'För många försök. Vänta en stund och försök igen.',
	431: 'Anropets rubriker är för stora.',
	500: 'Ett oväntat fel inträffade.',
	503: 'Nära kan inte svara just nu. Försök igen om en stund.'
};

/** The code of an error status (`invalid` for a 4xx without its own, `internal` for a 5xx). */
export function apiErrorCode(status: number): ApiErrorCode {
	return CODE_OF_STATUS[status] ?? (status >= 500 ? 'internal' : 'invalid');
}

/** The status of a code, e.g. 503 for `unavailable`. */
export function apiErrorStatus(code: ApiErrorCode): number {
	return STATUS_OF_CODE[code];
}

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
	return typeof code === 'string' && Object.hasOwn(STATUS_OF_CODE, code);
}

/** A Swedish message for a status when nothing more precise is known. */
export function apiErrorMessage(status: number): string {
	return (
		MESSAGE_OF_STATUS[status] ?? (status >= 500 ? MESSAGE_OF_STATUS[500]! : 'Anropet är felaktigt.')
	);
}

/** Whether a path is the API's (where every error is JSON in the one shape). */
export function isApiPath(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

/** An API error answer: `{ error: { code, message, ...extra } }` as JSON. */
export function apiError(
	status: number,
	code: ApiErrorCode = apiErrorCode(status),
	message = apiErrorMessage(status),
	init: { headers?: HeadersInit; extra?: Record<string, unknown> } = {}
): Response {
	const headers = new Headers(init.headers);
	headers.set('content-type', 'application/json');
	if (!headers.has('x-content-type-options')) headers.set('x-content-type-options', 'nosniff');
	return new Response(JSON.stringify({ error: { code, message, ...init.extra } }), {
		status,
		headers
	});
}

function isShaped(body: unknown): boolean {
	const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
	return typeof error?.code === 'string' && typeof error.message === 'string';
}

/**
 * An answer under /api/ in the one error shape: an error that is not yet in
 * it (SvelteKit's HTML or plain-text 404, 405 and 413, `{ message }` from the
 * error handler) is rewritten, keeping the status, the message when it was
 * JSON and the other headers (Allow, Retry-After, the security headers).
 * An error handler's `{ message, code }` decides the status by its code
 * (`unavailable` → 503). Anything else passes unchanged.
 */
export async function shapedApiError(response: Response, method: string): Promise<Response> {
	if (response.status < 400) return response;
	let message: string | undefined;
	let code: ApiErrorCode | undefined;
	if (response.headers.get('content-type')?.includes('application/json')) {
		const body: unknown = await response
			.clone()
			.json()
			.catch(() => undefined);
		if (isShaped(body)) return response;
		const b = body as { message?: unknown; code?: unknown } | undefined;
		if (typeof b?.message === 'string' && b.message !== '') message = b.message;
		if (isApiErrorCode(b?.code)) code = b.code;
	}
	const status = code ? apiErrorStatus(code) : response.status;
	if (status === 405 || message === undefined) message = defaultMessage(status, method, response);
	const headers = new Headers(response.headers);
	for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified', 'link'])
		headers.delete(name);
	await response.body?.cancel().catch(() => {});
	return apiError(status, code ?? apiErrorCode(status), message, { headers });
}

function defaultMessage(status: number, method: string, response: Response): string {
	if (status === 405) {
		const allowed = response.headers.get('allow');
		return `Metoden ${method} går inte att använda på den här adressen${allowed ? ` (här går ${allowed})` : ''}.`;
	}
	return apiErrorMessage(status);
}
