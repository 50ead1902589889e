/**
 * The words of "Levande bibliotek": the consent a person gives when offering
 * to take part, with its version. Client-safe.
 */
export const OFFER_CONSENT = {
	version: '2026-12-07',
	text: 'Jag samtycker till att länets samordnare sparar mina uppgifter och kontaktar mig om förbättringsarbeten där min erfarenhet behövs. Uppgifterna visas inte för andra och raderas när lagringstiden har gått ut eller när jag ber om det.'
} as const;
