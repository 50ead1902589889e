/**
 * The one way Nära writes a number: Swedish format, a non-breaking space
 * between thousands ("6 000", never "6,000"), a decimal comma ("11,5",
 * never "11.5") and a true minus sign. Charts (axes, labels), tables and
 * exports all go through here, so no figure can come out in English.
 */

const formats = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
	let f = formats.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals });
		formats.set(decimals, f);
	}
	return f;
}

/** A number in Swedish format with at most `decimals` decimals (one by default). */
export function swedishNumber(value: number, decimals = 1): string {
	return formatter(decimals).format(value);
}

/**
 * A number as a Swedish spreadsheet reads it from a CSV cell: a decimal
 * comma and no separator between thousands ("3836,8"), a plain hyphen-minus.
 */
export function spreadsheetNumber(value: number): string {
	return String(value).replace('.', ',');
}

/** An axis label: as many decimals as the tick step needs, at most two. */
export function axisNumber(value: number): string {
	const decimals = Number.isInteger(value)
		? 0
		: Math.abs(value * 10 - Math.round(value * 10)) < 1e-9
			? 1
			: 2;
	return swedishNumber(value, decimals);
}

const pluralRules = new Intl.PluralRules('sv-SE');

/** "1 indikator", "3 indikatorer": the count in Swedish format with the right form. */
export function countOf(count: number, one: string, other: string): string {
	return `${swedishNumber(count, 0)} ${pluralRules.select(count) === 'one' ? one : other}`;
}
