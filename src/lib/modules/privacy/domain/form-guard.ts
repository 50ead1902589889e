/**
 * Spam without third parties, the pure half: a form carries the moment it
 * was shown, signed by the server (`issued.signature`); a submission earlier
 * than the minimum time, older than the maximum, with a bad signature or with
 * the honeypot field filled in is refused. The signing itself (HMAC) is in
 * form-guard.server.ts.
 */

/** A person needs at least this long to write anything worth reading. */
export const MIN_SECONDS = 3;
/** A form kept open longer than this is shown again (a day). */
export const MAX_SECONDS = 24 * 60 * 60;
/** The field a person never sees; bots fill it in. */
export const HONEYPOT = 'webbplats';
export const STAMP = 'formstart';

export type GuardVerdict = 'ok' | 'honeypot' | 'too_fast' | 'expired' | 'bad_stamp';

export const GUARD_MESSAGES: Record<Exclude<GuardVerdict, 'ok'>, string> = {
	honeypot: 'Formuläret kunde inte skickas. Lämna fältet ”Webbplats” tomt.',
	too_fast: 'Formuläret skickades för snabbt. Läs igenom det och skicka igen.',
	expired: 'Formuläret har varit öppet för länge. Ladda om sidan och skicka igen.',
	bad_stamp: 'Formuläret saknar sin tidsstämpel. Ladda om sidan och skicka igen.'
};

/** The verdict on a submission at `now`, given the stamp's time (null: missing or forged). */
export function judge(
	honeypot: string | undefined,
	stampedAt: number | null,
	now: number
): GuardVerdict {
	if (honeypot && honeypot.trim() !== '') return 'honeypot';
	if (stampedAt === null) return 'bad_stamp';
	const seconds = (now - stampedAt) / 1000;
	if (seconds < MIN_SECONDS) return 'too_fast';
	if (seconds > MAX_SECONDS) return 'expired';
	return 'ok';
}
