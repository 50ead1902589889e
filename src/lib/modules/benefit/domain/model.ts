import type {
	Organisation,
	OrganisationKind,
	Outcome,
	ScenarioInput,
	UncertainNumber
} from './types.ts';

/**
 * The deterministic benefit model: every uncertain number at its likely value.
 *
 * For each year t = 1 … H (H = horizonYears):
 *
 *   participants(t)        = population × reach × rampUp(t)
 *                            (rampUp's last value holds for the remaining years)
 *   costs(org, t)          = Σ over the organisation's cost items active in year t of
 *                              amount × participants(t)   (per participant)
 *                              amount                     (fixed)
 *   avoidedEvents(k, t)    = participants(t) × baselineRate(k) × (1 − rateRatio(k))
 *   avoidedCosts(org, t)   = Σ over outcomes k of avoidedEvents(k, t) × costPerEvent(k) × share(k, org)
 *   net(org, t)            = avoidedCosts(org, t) − costs(org, t)
 *   cumulativeNet(org, t)  = net(org, 1) + … + net(org, t)
 *   discountFactor(t)      = 1 / (1 + r)^(t − 1)
 *   discounted X           = Σ over t of X(t) × discountFactor(t)
 *   breakEvenYear(org)     = the first t with cumulativeNet(org, t) ≥ 0 (undiscounted),
 *                            among the years from the organisation's first cost
 *                            or gain on; null when there is none, or when the
 *                            organisation neither pays nor gains anything
 *   returnPerKrona(org)    = discounted avoided costs ÷ discounted costs; null without costs
 *
 * The system as a whole is the sum over the organisations (its avoided events
 * are the sum over outcomes, counted once).
 *
 * Choices, for the product owner to check:
 * - The effect lasts only in the years of participation: a participant of
 *   year t avoids events in year t only, at the rate ratio measured in the
 *   trials (which followed people during the programme, typically a year).
 *   No carry-over to later years, so the model errs on the side of too little gain.
 * - Participants have the target group's average baseline rate. An effort
 *   that recruits people at higher risk should enter that group's rate.
 * - A rate ratio above 1 (harm) gives negative avoided events and costs.
 * - Year 1 is not discounted (factor 1): the decision is taken at the start
 *   of year 1 and its flows are valued at that time; year t is discounted
 *   t − 1 years. With r = 0 the discounted totals are the plain sums.
 * - The break-even year uses the undiscounted cumulative net (simple payback),
 *   as a budget reads it; the discounted totals are reported beside it.
 *   "≥ 0" allows for floating-point rounding (a relative 1e−9).
 * - Money is computed in floating point and never rounded here.
 * - The population is constant over the horizon.
 *
 * `computeScenario` expects a validated scenario (schema.ts); it throws only
 * when references do not resolve.
 */

export interface YearFigures {
	year: number;
	costs: number;
	/** events avoided of the outcomes whose cost the organisation shares in (for the system: all) */
	avoidedEvents: number;
	avoidedCosts: number;
	net: number;
	cumulativeNet: number;
	discountedCosts: number;
	discountedAvoidedCosts: number;
	discountedNet: number;
}

export interface Totals {
	costs: number;
	avoidedEvents: number;
	avoidedCosts: number;
	net: number;
	discountedCosts: number;
	discountedAvoidedCosts: number;
	discountedNet: number;
	breakEvenYear: number | null;
	returnPerKrona: number | null;
}

export interface PartyResult {
	/** the organisation's id, or 'system' */
	id: string;
	name: string;
	kind: OrganisationKind | 'system';
	years: YearFigures[];
	totals: Totals;
}

export interface OutcomeResult {
	id: string;
	name: string;
	/** per year, index 0 = year 1 */
	avoidedEvents: number[];
	totalAvoidedEvents: number;
}

export interface ScenarioResult {
	horizonYears: number;
	discountRate: number;
	years: { year: number; participants: number; discountFactor: number }[];
	outcomes: OutcomeResult[];
	organisations: PartyResult[];
	system: PartyResult;
}

export const SYSTEM_ID = 'system';
export const SYSTEM_NAME = 'Systemet som helhet';

/** An uncertain input of the scenario, by the dotted path of its field. */
export interface Parameter {
	path: string;
	/** in Swedish, for tables and the tornado chart */
	label: string;
	value: UncertainNumber;
}

/**
 * A scenario flattened into typed arrays once, so that the Monte Carlo can
 * evaluate it thousands of times without allocating. Parameter 0 is the
 * population, 1 the reach, then one per cost item, then three per outcome
 * (baseline rate, rate ratio, cost per event).
 */
export interface CompiledScenario {
	input: ScenarioInput;
	horizon: number;
	organisations: Organisation[];
	outcomes: Outcome[];
	/** parties are the organisations, then the system at index organisations.length */
	partyCount: number;
	discountFactors: Float64Array;
	rampUp: Float64Array;
	parameters: Parameter[];
	likely: Float64Array;
	costOrganisation: Int32Array;
	costPerParticipant: Uint8Array;
	/** 0-based, inclusive */
	costFrom: Int32Array;
	costTo: Int32Array;
	costParameter: Int32Array;
	outcomeBaseline: Int32Array;
	outcomeRateRatio: Int32Array;
	outcomeCostPerEvent: Int32Array;
	/** [outcome × organisations + organisation] */
	shares: Float64Array;
}

export const POPULATION = 0;
export const REACH = 1;

export function compileScenario(input: ScenarioInput): CompiledScenario {
	const horizon = input.horizonYears;
	if (!Number.isInteger(horizon) || horizon < 1) {
		throw new RangeError('Tidshorisonten ska vara ett helt antal år. Validera scenariot först.');
	}
	const organisations = input.organisations;
	const orgIndex = new Map(organisations.map((o, i) => [o.id, i]));
	const indexOf = (id: string, where: string) => {
		const i = orgIndex.get(id);
		if (i === undefined) {
			throw new Error(`Organisationen "${id}" i ${where} finns inte i scenariot.`);
		}
		return i;
	};
	const nameOf = (id: string) => organisations[indexOf(id, 'en kostnad')]!.name;

	const discountFactors = new Float64Array(horizon);
	const rampUp = new Float64Array(horizon);
	const ramp = input.rampUp.length > 0 ? input.rampUp : [1];
	for (let t = 0; t < horizon; t++) {
		discountFactors[t] = 1 / Math.pow(1 + input.discountRate, t);
		rampUp[t] = ramp[Math.min(t, ramp.length - 1)]!;
	}

	const parameters: Parameter[] = [
		{ path: 'population', label: 'Befolkning i målgruppen', value: input.population },
		{ path: 'reach', label: 'Räckvidd', value: input.reach }
	];
	const nCosts = input.costs.length;
	const costOrganisation = new Int32Array(nCosts);
	const costPerParticipant = new Uint8Array(nCosts);
	const costFrom = new Int32Array(nCosts);
	const costTo = new Int32Array(nCosts);
	const costParameter = new Int32Array(nCosts);
	input.costs.forEach((c, i) => {
		costOrganisation[i] = indexOf(c.organisationId, `kostnaden "${c.name}"`);
		costPerParticipant[i] = c.basis === 'per_participant' ? 1 : 0;
		costFrom[i] = Math.max(0, (c.fromYear ?? 1) - 1);
		costTo[i] = Math.min(horizon, c.toYear ?? horizon) - 1;
		costParameter[i] = parameters.length;
		const per = c.basis === 'per_participant' ? 'per deltagare' : 'per år';
		parameters.push({
			path: `costs.${i}.amount`,
			label: `Kostnad: ${c.name} (${nameOf(c.organisationId)}, ${per})`,
			value: c.amount
		});
	});

	const nOut = input.outcomes.length;
	const nOrg = organisations.length;
	const outcomeBaseline = new Int32Array(nOut);
	const outcomeRateRatio = new Int32Array(nOut);
	const outcomeCostPerEvent = new Int32Array(nOut);
	const shares = new Float64Array(nOut * nOrg);
	input.outcomes.forEach((o, k) => {
		outcomeBaseline[k] = parameters.length;
		parameters.push({
			path: `outcomes.${k}.baselineRate`,
			label: `${o.name}: basnivå`,
			value: o.baselineRate
		});
		outcomeRateRatio[k] = parameters.length;
		parameters.push({
			path: `outcomes.${k}.rateRatio`,
			label: `${o.name}: riskkvot`,
			value: o.rateRatio
		});
		outcomeCostPerEvent[k] = parameters.length;
		parameters.push({
			path: `outcomes.${k}.costPerEvent`,
			label: `${o.name}: kostnad per händelse`,
			value: o.costPerEvent
		});
		for (const s of o.costShares) {
			shares[k * nOrg + indexOf(s.organisationId, `fördelningen av "${o.name}"`)]! += s.share;
		}
	});

	const likely = new Float64Array(parameters.length);
	parameters.forEach((p, i) => (likely[i] = p.value.likely));

	return {
		input,
		horizon,
		organisations,
		outcomes: input.outcomes,
		partyCount: nOrg + 1,
		discountFactors,
		rampUp,
		parameters,
		likely,
		costOrganisation,
		costPerParticipant,
		costFrom,
		costTo,
		costParameter,
		outcomeBaseline,
		outcomeRateRatio,
		outcomeCostPerEvent,
		shares
	};
}

/** Per-year flows of one evaluation; rows are parties ([party × horizon + t]), the system last. */
export interface Workspace {
	participants: Float64Array;
	costs: Float64Array;
	avoidedCosts: Float64Array;
	avoidedEvents: Float64Array;
	/** [outcome × horizon + t] */
	outcomeEvents: Float64Array;
}

export function createWorkspace(plan: CompiledScenario): Workspace {
	const H = plan.horizon;
	return {
		participants: new Float64Array(H),
		costs: new Float64Array(plan.partyCount * H),
		avoidedCosts: new Float64Array(plan.partyCount * H),
		avoidedEvents: new Float64Array(plan.partyCount * H),
		outcomeEvents: new Float64Array(plan.outcomes.length * H)
	};
}

/** The yearly flows for one set of parameter values. Allocates nothing. */
export function evaluate(plan: CompiledScenario, values: Float64Array, ws: Workspace): void {
	const H = plan.horizon;
	const nOrg = plan.partyCount - 1;
	const sys = nOrg * H;
	ws.costs.fill(0);
	ws.avoidedCosts.fill(0);
	ws.avoidedEvents.fill(0);

	const full = values[POPULATION]! * values[REACH]!;
	for (let t = 0; t < H; t++) ws.participants[t] = full * plan.rampUp[t]!;

	for (let c = 0; c < plan.costParameter.length; c++) {
		const amount = values[plan.costParameter[c]!]!;
		const row = plan.costOrganisation[c]! * H;
		const perParticipant = plan.costPerParticipant[c] === 1;
		for (let t = plan.costFrom[c]!; t <= plan.costTo[c]!; t++) {
			const cost = perParticipant ? amount * ws.participants[t]! : amount;
			ws.costs[row + t]! += cost;
			ws.costs[sys + t]! += cost;
		}
	}

	for (let k = 0; k < plan.outcomeBaseline.length; k++) {
		const perParticipant =
			values[plan.outcomeBaseline[k]!]! * (1 - values[plan.outcomeRateRatio[k]!]!);
		const costPerEvent = values[plan.outcomeCostPerEvent[k]!]!;
		const outRow = k * H;
		for (let t = 0; t < H; t++) {
			const events = ws.participants[t]! * perParticipant;
			ws.outcomeEvents[outRow + t] = events;
			ws.avoidedEvents[sys + t]! += events;
			ws.avoidedCosts[sys + t]! += events * costPerEvent;
		}
		for (let o = 0; o < nOrg; o++) {
			const share = plan.shares[k * nOrg + o]!;
			if (share === 0) continue;
			const row = o * H;
			const perEvent = costPerEvent * share;
			for (let t = 0; t < H; t++) {
				const events = ws.outcomeEvents[outRow + t]!;
				ws.avoidedEvents[row + t]! += events;
				ws.avoidedCosts[row + t]! += events * perEvent;
			}
		}
	}
}

/** Offsets into a party's totals (see `summariseParty`). */
export const TOTAL = {
	costs: 0,
	avoidedCosts: 1,
	net: 2,
	discountedCosts: 3,
	discountedAvoidedCosts: 4,
	discountedNet: 5,
	avoidedEvents: 6,
	/** the year, or 0 when there is none */
	breakEvenYear: 7,
	size: 8
} as const;

/**
 * One party's totals into `out` (laid out by `TOTAL`), and its cumulative net of
 * year t into cumulative[offset + t × stride]. Allocates nothing.
 */
export function summariseParty(
	plan: CompiledScenario,
	ws: Workspace,
	party: number,
	out: Float64Array,
	cumulative: Float64Array,
	offset: number,
	stride: number
): void {
	const H = plan.horizon;
	const row = party * H;
	let costs = 0;
	let avoided = 0;
	let dCosts = 0;
	let dAvoided = 0;
	let events = 0;
	let breakEven = 0;
	for (let t = 0; t < H; t++) {
		const c = ws.costs[row + t]!;
		const a = ws.avoidedCosts[row + t]!;
		const d = plan.discountFactors[t]!;
		costs += c;
		avoided += a;
		dCosts += c * d;
		dAvoided += a * d;
		events += ws.avoidedEvents[row + t]!;
		const cum = avoided - costs;
		cumulative[offset + t * stride] = cum;
		if (
			breakEven === 0 &&
			cum >= -1e-9 * (costs + Math.abs(avoided)) &&
			(costs !== 0 || avoided !== 0)
		) {
			breakEven = t + 1;
		}
	}
	out[TOTAL.costs] = costs;
	out[TOTAL.avoidedCosts] = avoided;
	out[TOTAL.net] = avoided - costs;
	out[TOTAL.discountedCosts] = dCosts;
	out[TOTAL.discountedAvoidedCosts] = dAvoided;
	out[TOTAL.discountedNet] = dAvoided - dCosts;
	out[TOTAL.avoidedEvents] = events;
	out[TOTAL.breakEvenYear] = breakEven;
}

/** The scenario with every uncertain input at its likely value. */
export function computeScenario(input: ScenarioInput): ScenarioResult {
	const plan = compileScenario(input);
	return resultOf(plan, plan.likely);
}

/** The full result for one set of parameter values (indexed as `plan.parameters`). */
export function resultOf(plan: CompiledScenario, values: Float64Array): ScenarioResult {
	const H = plan.horizon;
	const ws = createWorkspace(plan);
	evaluate(plan, values, ws);
	const totals = new Float64Array(TOTAL.size);
	const cumulative = new Float64Array(H);

	const party = (p: number, id: string, name: string, kind: PartyResult['kind']): PartyResult => {
		summariseParty(plan, ws, p, totals, cumulative, 0, 1);
		const row = p * H;
		const years: YearFigures[] = [];
		for (let t = 0; t < H; t++) {
			const costs = ws.costs[row + t]!;
			const avoidedCosts = ws.avoidedCosts[row + t]!;
			const d = plan.discountFactors[t]!;
			years.push({
				year: t + 1,
				costs,
				avoidedEvents: ws.avoidedEvents[row + t]!,
				avoidedCosts,
				net: avoidedCosts - costs,
				cumulativeNet: cumulative[t]!,
				discountedCosts: costs * d,
				discountedAvoidedCosts: avoidedCosts * d,
				discountedNet: (avoidedCosts - costs) * d
			});
		}
		const discountedCosts = totals[TOTAL.discountedCosts]!;
		return {
			id,
			name,
			kind,
			years,
			totals: {
				costs: totals[TOTAL.costs]!,
				avoidedEvents: totals[TOTAL.avoidedEvents]!,
				avoidedCosts: totals[TOTAL.avoidedCosts]!,
				net: totals[TOTAL.net]!,
				discountedCosts,
				discountedAvoidedCosts: totals[TOTAL.discountedAvoidedCosts]!,
				discountedNet: totals[TOTAL.discountedNet]!,
				breakEvenYear: totals[TOTAL.breakEvenYear]! > 0 ? totals[TOTAL.breakEvenYear]! : null,
				returnPerKrona:
					discountedCosts > 0 ? totals[TOTAL.discountedAvoidedCosts]! / discountedCosts : null
			}
		};
	};

	const nOrg = plan.partyCount - 1;
	return {
		horizonYears: H,
		discountRate: plan.input.discountRate,
		years: Array.from({ length: H }, (_, t) => ({
			year: t + 1,
			participants: ws.participants[t]!,
			discountFactor: plan.discountFactors[t]!
		})),
		outcomes: plan.outcomes.map((o, k) => {
			const avoidedEvents = Array.from(ws.outcomeEvents.subarray(k * H, (k + 1) * H));
			return {
				id: o.id,
				name: o.name,
				avoidedEvents,
				totalAvoidedEvents: avoidedEvents.reduce((a, b) => a + b, 0)
			};
		}),
		organisations: plan.organisations.map((o, i) => party(i, o.id, o.name, o.kind)),
		system: party(nOrg, SYSTEM_ID, SYSTEM_NAME, 'system')
	};
}
