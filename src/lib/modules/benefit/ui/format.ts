/**
 * Numbers of the benefit calculation as the pages show them: whole kronor
 * with spaces ("1 234 567"), shares in percent, times in Swedish time.
 */

const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const precise = new Intl.NumberFormat('sv-SE', { maximumSignificantDigits: 4 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const time = new Intl.DateTimeFormat('sv-SE', {
	dateStyle: 'long',
	timeStyle: 'short',
	timeZone: 'Europe/Stockholm'
});
const day = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

/** Whole kronor (or persons), e.g. "1 234 567" and "−3 400". */
export const kr = (n: number) => whole.format(n);
/** A count with at most two decimals, e.g. avoided events "12,35". */
export const num = (n: number) => decimals.format(n);
/** A ratio or rate with four significant digits, e.g. "0,07213". */
export const exact = (n: number) => precise.format(n);
/** A fraction as percent, e.g. 0.255 → "25,5 %". */
export const pct = (n: number) => percent.format(n);
/** A saved time in Swedish time, e.g. "3 juni 2025 14:05". */
export const when = (iso: string) => time.format(new Date(iso));
/** A saved date in Swedish time, e.g. "3 juni 2025". */
export const dayOf = (iso: string) => day.format(new Date(iso));

/** An input of the model by its path, in the unit the form uses ("25 %", "4 903 per 100 000"). */
export function inputValue(path: string, n: number): string {
	if (/^(reach|discountRate|rampUp)/.test(path) || /share$/.test(path)) return pct(n);
	if (/baselineRate$/.test(path)) return `${num(n * 100_000)} per 100 000`;
	if (/rateRatio$/.test(path)) return exact(n);
	return kr(n);
}
