import type { Outcome } from '../lib/core/outcome.ts';
import { UserFacingError } from '../lib/platform/errors.ts';

/** An outcome that is not ok, as the one line the CLI prints. */
export function failure(outcome: Exclude<Outcome<unknown>, { kind: 'ok' }>): UserFacingError {
	if (outcome.kind === 'invalid') {
		const messages = Object.values(outcome.fields).flat();
		return new UserFacingError(messages.length ? messages.join(' ') : outcome.message);
	}
	return new UserFacingError(outcome.message);
}
