import type {
	EffectAlternative,
	PublishedFinding,
	ScenarioInput,
	ScenarioResult
} from '../domain/index.ts';
import type { SensitivityResult } from '../domain/sensitivity.ts';
import type { SimulationResult } from '../domain/montecarlo.ts';

/** Shapes the server hands the benefit pages (types only: nothing here runs in the browser). */

/** A scenario computed: the likely result, the Monte Carlo, the tornado and the summary. */
export interface ComputedScenario {
	input: ScenarioInput;
	result: ScenarioResult;
	simulation: SimulationResult;
	sensitivity: SensitivityResult;
	/** the plain-Swedish summary, sentence by sentence */
	summary: string[];
}

export interface ChartView {
	heading: string;
	/** one sentence, in plain Swedish, saying what the chart shows */
	summary: string;
	/** null when there is nothing to draw; the summary says why */
	svg: string | null;
}

export interface ResultCharts {
	net: ChartView;
	flows: ChartView;
	cumulative: ChartView;
	probability: ChartView;
	tornado: ChartView;
}

/** What the pages show of a computed scenario: the figures and their charts. */
export interface ResultsView {
	computed: ComputedScenario;
	charts: ResultCharts;
}

/** What the editor shows of a template: where it comes from and what to watch out for. */
export interface TemplateInfo {
	id: string;
	name: string;
	description: string;
	caveats: string[];
	publishedFindings: PublishedFinding[];
	rateRatioAlternatives: EffectAlternative[];
	/** why the template leaves a field to the person, by form field */
	needs: Record<string, string>;
}

/** What every part of the scenario editor is given: the form's values and errors, by field. */
export interface EditorFields {
	values: Record<string, string>;
	errors?: Record<string, string[]>;
}
