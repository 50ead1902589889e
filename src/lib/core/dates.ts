/** Formatting of dates as Swedish (or English) readers expect them. Pure. */

const MONTHS_SV = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december'
];
const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function monthName(month: number, locale: 'sv' | 'en' = 'sv'): string {
	const name = (locale === 'sv' ? MONTHS_SV : MONTHS_EN)[month - 1];
	if (!name) throw new RangeError(`month ${month} is not 1–12`);
	return name;
}

/**
 * "16 juni 2022", or "juni 2022" when only the month is known.
 * `iso` is YYYY-MM-DD.
 */
export function formatDate(
	iso: string,
	precision: 'day' | 'month' = 'day',
	locale: 'sv' | 'en' = 'sv'
): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new RangeError(`not an ISO date: ${iso}`);
	const [, y, mo, d] = m as unknown as [string, string, string, string];
	const month = monthName(Number(mo), locale);
	if (precision === 'month') return locale === 'sv' ? `${month} ${y}` : `${month} ${y}`;
	return locale === 'sv' ? `${Number(d)} ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** "2022-03" → "mars 2022" */
export function formatMonth(yearMonth: string, locale: 'sv' | 'en' = 'sv'): string {
	const [y, mo] = yearMonth.split('-');
	return `${monthName(Number(mo), locale)} ${y}`;
}
