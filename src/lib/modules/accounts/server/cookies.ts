import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './sessions.ts';

/** The session cookie: httpOnly, SameSite=Lax, Secure behind https, renewed at every sign-in. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** A path on this site to go to after signing in; never another site. */
export function safeReturnPath(value: string | null | undefined): string {
	return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
		? value
		: '/';
}
