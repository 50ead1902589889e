import { en } from './en.ts';
import { sv, type MessageKey } from './sv.ts';

export type Locale = 'sv' | 'en';
const locales: readonly Locale[] = ['sv', 'en'];
export const messages: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function isLocale(value: unknown): value is Locale {
	return locales.includes(value as Locale);
}

/**
 * Translates `key`. A message may have plural forms separated by `|`, in the
 * order of Intl.PluralRules categories "one" and "other"; `{name}` is replaced
 * by `params.name`.
 */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	let text = messages[locale][key];
	if (text.includes('|')) {
		const [one, other] = text.split('|') as [string, string];
		const count = Number(params.count ?? 0);
		text = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
	}
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		return value === undefined
			? `{${name}}`
			: typeof value === 'number'
				? value.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB')
				: value;
	});
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

export type { MessageKey };
