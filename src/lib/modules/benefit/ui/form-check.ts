import type { ScenarioInput } from '../domain/types.ts';

/**
 * The scenario editor's form against the benefit model: the form field an
 * error of the schema belongs to (so the error summary links to it), and
 * whether the browser can compute a candidate while the person types. Pure,
 * and free of zod.
 */

const UNCERTAIN =
	/^(population|reach|costs\.\d+\.amount|outcomes\.\d+\.(baselineRate|rateRatio|costPerEvent))$/;
const PROVENANCE =
	/^((?:population|reach|costs\.\d+\.amount|outcomes\.\d+\.(?:baselineRate|rateRatio|costPerEvent)))\.(source|period|derivation|distribution)$/;

/** The form field where an error of the schema is shown (its id), given the rows of the costs. */
export function formFieldOf(path: string, costRows: number[] = []): string {
	const local = path.replace(
		/^costs\.(\d+)/,
		(_, i: string) => `costs.${costRows[Number(i)] ?? Number(i)}`
	);
	if (/^costs\.\d+$/.test(local)) return `${local}.name`;
	if (UNCERTAIN.test(local)) return `${local}.likely`;
	const provenance = PROVENANCE.exec(local);
	if (provenance) {
		return provenance[2] === 'distribution' ? local : `${provenance[1]}.likely`;
	}
	if (/^rampUp\.\d+$/.test(local)) return 'rampUp';
	if (/^municipalities\.\d+$/.test(local)) return 'municipalities';
	if (/^organisations\.\d+\.(id|kind)$/.test(local)) return local.replace(/(id|kind)$/, 'name');
	if (local === 'organisations') return 'organisations.0.name';
	if (/^outcomes\.\d+\.costShares\.\d+\.organisationId$/.test(local))
		return local.replace(/organisationId$/, 'share');
	if (/^outcomes\.\d+\.costSharesProvenance/.test(local))
		return local.replace(/costSharesProvenance.*$/, 'costShares');
	if (
		/^outcomes(\.\d+(\.(id|name))?)?$/.test(local) ||
		local.startsWith('qualitativeGains') ||
		local === 'templateId' ||
		local === 'form'
	)
		return FORM_ID;
	return local;
}

/** The id of the editor's form element: errors about the scenario as a whole link to it. */
export const FORM_ID = 'kalkyl';

/** The schema's field errors keyed by the form's fields. */
export function errorsForForm(
	errors: Record<string, string[]>,
	costRows: number[] = []
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [path, messages] of Object.entries(errors)) {
		const list = (out[formFieldOf(path, costRows)] ??= []);
		for (const m of messages) if (!list.includes(m)) list.push(m);
	}
	return out;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function likelyOf(u: unknown, min: number, max = Infinity): number | null {
	const likely = (u as { likely?: unknown } | undefined)?.likely;
	return isNumber(likely) && likely >= min && likely <= max ? likely : null;
}

/**
 * The candidate as a scenario the deterministic model can compute, or null
 * when a likely value it needs is missing or out of bounds. For recomputing
 * in the browser only: the server validates with the schema.
 */
export function computable(candidate: Record<string, unknown>): ScenarioInput | null {
	const c = candidate as Record<string, never> & {
		organisations: { id: string }[];
		costs: Record<string, unknown>[];
		outcomes: Record<string, unknown>[];
		rampUp: unknown[];
	};
	const horizon = c.horizonYears as unknown;
	if (!isNumber(horizon) || !Number.isInteger(horizon) || horizon < 1 || horizon > 50) return null;
	const discountRate = c.discountRate as unknown;
	if (!isNumber(discountRate) || discountRate < 0 || discountRate > 0.2) return null;
	if (likelyOf(c.population, 0) === null || likelyOf(c.reach, 0, 1) === null) return null;
	if (!c.rampUp.length || c.rampUp.length > horizon) return null;
	if (!c.rampUp.every((r) => isNumber(r) && r >= 0 && r <= 1)) return null;
	const ids = new Set(c.organisations.map((o) => o.id));
	for (const cost of c.costs) {
		if (!ids.has(cost.organisationId as string) || likelyOf(cost.amount, 0) === null) return null;
		const from = cost.fromYear ?? 1;
		const to = cost.toYear ?? horizon;
		if (!isNumber(from) || !isNumber(to) || from < 1 || to > horizon || from > to) return null;
		if (cost.basis !== 'per_participant' && cost.basis !== 'fixed') return null;
	}
	if (!c.outcomes.length) return null;
	for (const o of c.outcomes) {
		if (
			likelyOf(o.baselineRate, 0) === null ||
			likelyOf(o.rateRatio, 0) === null ||
			likelyOf(o.costPerEvent, 0) === null
		)
			return null;
		const shares = o.costShares as { organisationId: string; share: unknown }[];
		let sum = 0;
		for (const s of shares) {
			if (!ids.has(s.organisationId) || !isNumber(s.share) || s.share < 0 || s.share > 1)
				return null;
			sum += s.share;
		}
		if (Math.abs(sum - 1) > 1e-6) return null;
	}
	return candidate as unknown as ScenarioInput;
}
