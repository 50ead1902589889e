import { compileScenario, createWorkspace, evaluate, summariseParty, TOTAL } from './model.ts';
import type { ScenarioInput } from './types.ts';

/**
 * One-way sensitivity analysis (the data of a tornado chart): each uncertain
 * input in turn at its low and at its high value, all others at their likely
 * values, ranked by how far that moves the system's discounted net
 * (swing = |net at high − net at low|). Ties keep the order of the inputs.
 * Inputs without a range are left out. For a lognormal input the range is its
 * 95 % interval.
 */

export interface SensitivityItem {
	/** dotted path of the input, e.g. "outcomes.0.rateRatio" */
	path: string;
	label: string;
	low: number;
	likely: number;
	high: number;
	systemNetAtLow: number;
	systemNetAtHigh: number;
	swing: number;
	organisations: { id: string; name: string; netAtLow: number; netAtHigh: number }[];
}

export interface SensitivityResult {
	/** the system's discounted net with every input at its likely value */
	systemNet: number;
	items: SensitivityItem[];
}

export function sensitivity(input: ScenarioInput): SensitivityResult {
	const plan = compileScenario(input);
	const ws = createWorkspace(plan);
	const totals = new Float64Array(TOTAL.size);
	const cumulative = new Float64Array(plan.horizon);
	const values = Float64Array.from(plan.likely);
	const nOrg = plan.partyCount - 1;

	/** discounted net of every party, system last */
	const nets = (): number[] => {
		evaluate(plan, values, ws);
		return Array.from({ length: plan.partyCount }, (_, p) => {
			summariseParty(plan, ws, p, totals, cumulative, 0, 1);
			return totals[TOTAL.discountedNet]!;
		});
	};

	const systemNet = nets()[nOrg]!;
	const items: SensitivityItem[] = [];
	plan.parameters.forEach((parameter, i) => {
		const { low, high, likely } = parameter.value;
		if (low === undefined || high === undefined || !(high > low)) return;
		values[i] = low;
		const atLow = nets();
		values[i] = high;
		const atHigh = nets();
		values[i] = likely;
		items.push({
			path: parameter.path,
			label: parameter.label,
			low,
			likely,
			high,
			systemNetAtLow: atLow[nOrg]!,
			systemNetAtHigh: atHigh[nOrg]!,
			swing: Math.abs(atHigh[nOrg]! - atLow[nOrg]!),
			organisations: plan.organisations.map((o, p) => ({
				id: o.id,
				name: o.name,
				netAtLow: atLow[p]!,
				netAtHigh: atHigh[p]!
			}))
		});
	});
	items.sort((a, b) => b.swing - a.swing);
	return { systemNet, items };
}
