import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, a one-time link or an API token (256 bits, URL-safe). */
export function newToken(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: its SHA-256, so a leaked table grants nothing. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
