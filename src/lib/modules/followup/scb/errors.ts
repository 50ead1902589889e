import { UserFacingError } from '../../../platform/errors.ts';

/**
 * Why a call to SCB's statistical database failed (the message is written
 * for the person running the refresh):
 *   unreachable  no connection
 *   timeout      no complete answer within the time limit
 *   http         SCB answered with an error status (400 a bad query, 403 too
 *                many values, 404 no such table, 429 too many calls, 5xx)
 *   malformed    the answer was not JSON, or not the shape PxWeb documents
 *   aborted      the caller stopped the fetch
 *   invalid      the request itself was wrong (bad base URL, bad table path)
 */
export type ScbErrorKind = 'unreachable' | 'timeout' | 'http' | 'malformed' | 'aborted' | 'invalid';

/** A failed SCB call with a one-line Swedish message; the CLI prints it without a stack trace. */
export class ScbError extends UserFacingError {
	constructor(
		message: string,
		readonly kind: ScbErrorKind,
		readonly details: { url?: string; status?: number } = {}
	) {
		super(message);
		this.name = 'ScbError';
	}
}
