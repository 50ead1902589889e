import type { ScenarioInput, UncertainNumber } from '../domain/types.ts';
import { ENTERED } from './form.ts';
import { exact, kr, num, pct } from './format.ts';

/**
 * A scenario's inputs as rows of a table, each with its source, for the
 * printable report and the XLSX export. Values are in the model's units;
 * `unit` says how to show them.
 */

export type Unit = 'kronor' | 'percent' | 'per100000' | 'ratio' | 'persons' | 'years' | 'text';

export interface InputRow {
	label: string;
	unit: Unit;
	likely: number | string;
	low?: number;
	high?: number;
	distribution?: string;
	source: string;
	period?: string;
	derivation?: string;
}

export const distributionLabel: Record<string, string> = {
	pert: 'PERT',
	triangular: 'Triangulär',
	lognormal: 'Lognormal'
};

export const unitLabel: Record<Unit, string> = {
	kronor: 'kr',
	percent: '%',
	per100000: 'per 100 000 och år',
	ratio: 'kvot',
	persons: 'personer',
	years: 'år',
	text: ''
};

function uncertain(label: string, unit: Unit, u: UncertainNumber): InputRow {
	const ranged = u.low !== undefined && u.high !== undefined;
	return {
		label,
		unit,
		likely: u.likely,
		low: u.low,
		high: u.high,
		distribution: ranged ? distributionLabel[u.distribution ?? 'pert'] : undefined,
		source: u.source ?? ENTERED,
		period: u.period,
		derivation: u.derivation
	};
}

/** Every input of the scenario, in the order of the form. */
export function inputRows(
	input: ScenarioInput,
	municipalityNames: Record<string, string> = {}
): InputRow[] {
	const orgName = (id: string) => input.organisations.find((o) => o.id === id)?.name ?? id;
	const rows: InputRow[] = [
		{ label: 'Insats', unit: 'text', likely: input.intervention, source: ENTERED },
		{ label: 'Målgrupp', unit: 'text', likely: input.targetGroup, source: ENTERED },
		{
			label: 'Kommuner',
			unit: 'text',
			likely: input.municipalities.map((c) => municipalityNames[c] ?? c).join(', '),
			source: ENTERED
		},
		uncertain('Befolkning i målgruppen', 'persons', input.population),
		uncertain('Räckvidd', 'percent', input.reach),
		{
			label: 'Upptrappning år för år',
			unit: 'text',
			likely: input.rampUp.map((r) => pct(r)).join('; '),
			source: ENTERED
		}
	];
	for (const c of input.costs) {
		const years =
			c.fromYear || c.toYear ? `, år ${c.fromYear ?? 1}–${c.toYear ?? input.horizonYears}` : '';
		const basis = c.basis === 'per_participant' ? 'per deltagare och år' : 'per år';
		rows.push(
			uncertain(
				`Kostnad: ${c.name} (${orgName(c.organisationId)}, ${basis}${years})`,
				'kronor',
				c.amount
			)
		);
	}
	for (const o of input.outcomes) {
		rows.push(uncertain(`${o.name}: basnivå`, 'per100000', o.baselineRate));
		rows.push(uncertain(`${o.name}: riskkvot`, 'ratio', o.rateRatio));
		rows.push(uncertain(`${o.name}: kostnad per händelse`, 'kronor', o.costPerEvent));
		rows.push({
			label: `${o.name}: vem bär kostnaden`,
			unit: 'text',
			likely: o.costShares.map((s) => `${orgName(s.organisationId)} ${pct(s.share)}`).join(', '),
			source: o.costSharesProvenance?.source ?? ENTERED,
			period: o.costSharesProvenance?.period,
			derivation: o.costSharesProvenance?.derivation
		});
	}
	rows.push({ label: 'Tidshorisont', unit: 'years', likely: input.horizonYears, source: ENTERED });
	rows.push({
		label: 'Diskonteringsränta',
		unit: 'percent',
		likely: input.discountRate,
		source: ENTERED
	});
	return rows;
}

/** A value of an input row as text, in its unit. */
export function showInput(unit: Unit, value: number | string | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	switch (unit) {
		case 'kronor':
			return `${kr(value)} kr`;
		case 'percent':
			return pct(value);
		case 'per100000':
			return `${num(value * 100_000)} per 100 000`;
		case 'ratio':
			return exact(value);
		case 'persons':
			return kr(value);
		case 'years':
			return `${value} år`;
		default:
			return String(value);
	}
}
