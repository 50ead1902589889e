import type { Cookies } from '@sveltejs/kit';

/**
 * The county a person chose in the header's switcher, kept in a cookie so
 * that the start page, the logo and the pages outside a county (the account,
 * the accessibility statement …) stay with it. Only the county's slug is
 * kept: nothing about the person.
 */
const COOKIE = 'lan';

export function rememberCounty(cookies: Cookies, slug: string): void {
	cookies.set(COOKIE, slug, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60 * 60 * 24 * 365
	});
}

/** The slug of the chosen county, if one was chosen (it may name no county: check it). */
export function chosenCounty(cookies: Cookies): string | undefined {
	return cookies.get(COOKIE);
}
