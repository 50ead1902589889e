/**
 * An error whose message is meant for the person running Nära: one line, in
 * Swedish, saying what is wrong and what to do. The CLI prints it without a
 * stack trace and exits with `exitCode`.
 */
export class UserFacingError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
		this.name = 'UserFacingError';
	}
}
