import { isRefusedTextError, REFUSED_TEXT_MESSAGE } from '../lib/platform/text-guard.ts';

/**
 * The one line the CLI prints for an error nobody foresaw: what went wrong in
 * a few words, never the SQL, its parameters or a stack trace (those hold
 * the data that caused it, and say nothing to the person running Nära). A
 * wrapped error (Drizzle's "Failed query: …" around PostgreSQL's) is told by
 * its innermost cause.
 */
export function unexpectedErrorLine(e: unknown): string {
	let inner = e;
	for (let i = 0; i < 5; i++) {
		const cause = (inner as { cause?: unknown } | null)?.cause;
		if (!(cause instanceof Error)) break;
		inner = cause;
	}
	if (isRefusedTextError(e)) return `nara: ${REFUSED_TEXT_MESSAGE}`;
	const message = inner instanceof Error ? inner.message : String(inner);
	const first = message.split('\n')[0]!.trim().slice(0, 200);
	return `nara: ett oväntat fel inträffade${first ? ` (${first})` : ''}. Kör igen med NARA_DEBUG=1 för att se detaljerna.`;
}
