import { formatKronor, type PartyResult, type ScenarioResult } from '../domain/index.ts';

/** What the benefit charts share: colours, text, axes and how parties are named in a sentence. */

/** The platform's colour-blind-safe colours (3:1 against white), one per organisation in order. */
export { INK, PALETTE } from '../../../platform/charts/palette.ts';
import { INK, PALETTE } from '../../../platform/charts/palette.ts';
export const BAND = '#9fd0c9';
export const WIDTH = 720;

export const text = { color: INK, fontSize: 13, fontFamily: 'system-ui, sans-serif' };
export const money = (v: number) => formatKronor(v);
export const NOTHING = 0.5;

/** "A", "A och B", "A, B och C" */
export function listOf(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** The usual names of the parties, which are not proper nouns: lower case inside a sentence. */
const COMMON_NAMES = new Set([
	'Kommunen',
	'Kommunerna',
	'Regionen',
	'Den enskilda',
	'Anhöriga',
	'Systemet som helhet'
]);

/** A party's name inside a sentence: "Kommunen" → "kommunen"; "Region Värmland" stays. */
export const inSentence = (name: string) =>
	COMMON_NAMES.has(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;

/** Whether an organisation pays or gains anything at all in the scenario. */
export const takesPart = (p: PartyResult) =>
	Math.abs(p.totals.costs) >= NOTHING || Math.abs(p.totals.avoidedCosts) >= NOTHING;

export const colourOf = (result: ScenarioResult, id: string) =>
	PALETTE[result.organisations.findIndex((o) => o.id === id) % PALETTE.length] ?? INK;

export function moneyAxis(name: string) {
	return {
		type: 'value' as const,
		name,
		nameLocation: 'middle' as const,
		nameGap: 78,
		nameTextStyle: text,
		axisLabel: { ...text, formatter: money, hideOverlap: true },
		splitLine: { lineStyle: { color: '#d9dde1' } }
	};
}

export const yearAxis = (horizon: number) => ({
	type: 'category' as const,
	data: Array.from({ length: horizon }, (_, t) => `År ${t + 1}`),
	axisLabel: text
});

export const grid = { left: 96, right: 16, top: 56, bottom: 40 };
export const legend = { top: 0, textStyle: text, itemGap: 16 };
