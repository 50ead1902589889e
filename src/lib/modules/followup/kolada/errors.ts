import { UserFacingError } from '../../../platform/errors.ts';

/**
 * Why a Kolada call failed, for callers that want to react differently
 * (the message is already written for the person running the import).
 *   unreachable  no connection: refused, unknown host, connection dropped
 *   timeout      no complete answer within the time limit
 *   http         Kolada answered with an error status (after retries where they apply)
 *   malformed    the answer was not JSON, or not the shape Kolada v3 documents
 *   aborted      the caller stopped the fetch (e.g. Ctrl-C during an import)
 *   invalid      the request itself was wrong (bad id, bad year, bad base URL)
 */
export type KoladaErrorKind =
	'unreachable' | 'timeout' | 'http' | 'malformed' | 'aborted' | 'invalid';

/**
 * A failed Kolada call, with a one-line Swedish message that says what
 * happened and what to do. It is a UserFacingError, so the CLI prints it
 * without a stack trace.
 */
export class KoladaError extends UserFacingError {
	constructor(
		message: string,
		readonly kind: KoladaErrorKind,
		readonly details: { url?: string; status?: number } = {}
	) {
		super(message.replace(/\s*\n\s*/g, ' '));
		this.name = 'KoladaError';
	}
}
