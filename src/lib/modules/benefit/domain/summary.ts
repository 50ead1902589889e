import type { ScenarioResult } from './model.ts';
import type { SimulationResult } from './montecarlo.ts';

/**
 * A summary of a scenario in plain Swedish, for the page and for the text
 * alternative of its charts. Amounts per year are averages over the horizon,
 * undiscounted (what a budget sees); the whole-period figure is the
 * discounted net (nuvärde). Organisations are named by their `name`, which
 * starts a sentence ("Kommunen", "Region Värmland").
 */

const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const wholePercent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/** "1,2 mdkr", "3,4 mnkr", "850 tkr", "9 500 kr"; negative amounts with a minus sign. */
export function formatKronor(amount: number): string {
	const abs = Math.abs(amount);
	if (abs >= 1e9) return `${oneDecimal.format(amount / 1e9)} mdkr`;
	if (abs >= 1e6) return `${oneDecimal.format(amount / 1e6)} mnkr`;
	if (abs >= 1e4) return `${whole.format(amount / 1e3)} tkr`;
	return `${whole.format(amount)} kr`;
}

/** "80 %"; "mer än 99 %" and "mindre än 1 %" rather than a certainty the draws cannot give. */
export function formatProbability(p: number): string {
	if (p >= 0.995) return 'mer än 99 %';
	if (p <= 0.005) return 'mindre än 1 %';
	return wholePercent.format(p);
}

/** Half a krona: below it an amount is nothing. */
const NOTHING = 0.5;

export function summarySentences(result: ScenarioResult, simulation?: SimulationResult): string[] {
	const H = result.horizonYears;
	const sentences: string[] = [];

	for (const org of result.organisations) {
		const pays = org.totals.costs / H;
		const gains = org.totals.avoidedCosts / H;
		const verbs: string[] = [];
		if (pays >= NOTHING) verbs.push(`betalar ${formatKronor(pays)} per år`);
		if (gains >= NOTHING) verbs.push(`sparar ${formatKronor(gains)} per år`);
		else if (gains <= -NOTHING) {
			verbs.push(`får ${formatKronor(-gains)} högre kostnader per år för utfallen`);
		}
		if (verbs.length === 0) continue;
		sentences.push(`${org.name} ${verbs.join(' och ').replace(/^(\S+) /, '$1 i genomsnitt ')}.`);
	}

	const net = result.system.totals.discountedNet;
	const rate = percent.format(result.discountRate);
	const years = `${H} år`;
	sentences.push(
		Math.abs(net) < NOTHING
			? `Över ${years} går systemet som helhet jämnt ut i nuvärde (diskonteringsränta ${rate}).`
			: `Över ${years} går systemet som helhet ${net > 0 ? 'plus' : 'minus'} ${formatKronor(Math.abs(net))} i nuvärde (diskonteringsränta ${rate}).`
	);

	if (!simulation) {
		const year = result.system.totals.breakEvenYear;
		sentences.push(
			year === null
				? `Med de troligaste värdena går systemet som helhet inte plus inom ${years}.`
				: `Med de troligaste värdena går systemet som helhet plus inom ${year} år.`
		);
		return sentences;
	}

	const by = simulation.system.probabilityBreakEvenBy;
	const first = by.findIndex((p) => p >= 0.5);
	if (first >= 0) {
		const year = first + 1;
		sentences.push(
			`Med ${formatProbability(by[first]!)} sannolikhet går systemet som helhet plus inom ${year} år.`
		);
	} else {
		sentences.push(
			`Sannolikheten att systemet som helhet går plus inom ${years} är ${formatProbability(by[by.length - 1] ?? 0)}.`
		);
	}
	const band = simulation.system.discountedNet;
	sentences.push(
		`I 90 % av dragningarna ligger nuvärdet för systemet som helhet mellan ${formatKronor(band.p5)} och ${formatKronor(band.p95)}.`
	);
	simulation.organisations.forEach((org, i) => {
		const totals = result.organisations[i]?.totals;
		if (!totals || (Math.abs(totals.costs) < NOTHING && Math.abs(totals.avoidedCosts) < NOTHING))
			return;
		sentences.push(
			`${org.name} går plus över hela perioden (i nuvärde) med ${formatProbability(org.probabilityAhead)} sannolikhet.`
		);
	});
	return sentences;
}

/** The summary as one paragraph. */
export function summarise(result: ScenarioResult, simulation?: SimulationResult): string {
	return summarySentences(result, simulation).join(' ');
}
