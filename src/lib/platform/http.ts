import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Outcome } from '../core/outcome.ts';
import { apiError } from './api-error.ts';
import { jsonFault } from './text-guard.ts';

const STATUS = {
	invalid: 400,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	too_many: 429
} as const;

/** For page loads: the value of an outcome, or the matching error page. */
export function unwrap<T>(outcome: Outcome<T>): T {
	if (outcome.kind === 'ok') return outcome.value;
	error(STATUS[outcome.kind], outcome.message);
}

/**
 * For the API: the value validated by its schema as JSON, or the one error
 * shape `{ error: { code, message, fields? } }` with the matching status.
 */
export function apiResponse<T>(
	outcome: Outcome<T>,
	schema: z.ZodType,
	headers: HeadersInit = {},
	okStatus = 200
): Response {
	if (outcome.kind === 'ok')
		return json(schema.parse(outcome.value), { headers, status: okStatus });
	const body = {
		error: {
			code: outcome.kind,
			message: outcome.message,
			...(outcome.kind === 'invalid' ? { fields: outcome.fields } : {}),
			...(outcome.kind === 'conflict' && outcome.current !== undefined
				? { current: outcome.current }
				: {})
		}
	};
	return json(body, { status: STATUS[outcome.kind] });
}

/**
 * The JSON body of an API request as a plain object; anything else is an
 * invalid outcome: not JSON, not an object, a key or string with NUL or
 * another character the text rule refuses (text-guard.ts), nested too deep.
 */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | Response> {
	let body: unknown;
	try {
		body = await request.json();
	} catch (e) {
		// the adapter refuses a body over BODY_SIZE_LIMIT (512 kB) while it is read
		if ((e as { status?: number }).status === 413)
			return apiError(413, 'too_large', 'Anropet är för stort (högst 512 kB).');
		body = undefined;
	}
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return apiError(400, 'invalid', 'Anropet ska ha en JSON-kropp med ett objekt.');
	const fault = jsonFault(body);
	if (fault)
		return apiError(400, 'invalid', fault.message, {
			extra: { fields: { [fault.field || 'body']: [fault.message] } }
		});
	return body as Record<string, unknown>;
}
