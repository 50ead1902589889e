import { templateById } from '../domain/index.ts';
import { unwrap } from '../../../platform/http.ts';
import { formId } from '../../../platform/ids.ts';
import { pageCounty } from '../../../platform/request.ts';
import type { Db } from '../../../platform/db/client.ts';
import { valuesOfScenario, type FormValues } from '../ui/form.ts';
import { computeValidated } from './compute.ts';
import { resultsView, templateInfo } from './editor.ts';
import { municipalities } from './fill-from-data.ts';
import { getScenario, type SavedScenario } from './scenarios.ts';

/** What the pages of a saved scenario (the editor, the report, the workbook) read alike. */

/**
 * The page's county and the saved scenario its URL names, at `version` when
 * one is asked for (?version=); a scenario the actor may not read is a 404.
 */
export async function scenarioOfPage(
	locals: App.Locals,
	id: string,
	version?: string | null
): Promise<{ county: App.County; scenario: SavedScenario }> {
	const county = await pageCounty(locals);
	const scenario = unwrap(
		await getScenario(
			locals.db,
			locals.actor,
			county.code,
			formId(id),
			version === null || version === undefined ? undefined : formId(version)
		)
	);
	return { county, scenario };
}

/** The saved scenario of the page with its template (if made from one) and its results. */
export async function scenarioView(locals: App.Locals, id: string, version?: string | null) {
	const { county, scenario } = await scenarioOfPage(locals, id, version);
	const template = scenario.templateId ? templateById(scenario.templateId) : undefined;
	return {
		county,
		scenario,
		template: template ? templateInfo(template) : null,
		results: resultsView(computeValidated(scenario.input))
	};
}

/** The county's municipalities' names by SCB code. */
export async function municipalityNames(db: Db, countyCode: string) {
	const places = await municipalities(db, countyCode);
	return Object.fromEntries(places.map((m) => [m.code, m.name]));
}

/** The editor's values of a saved scenario, as it was saved. */
export const savedValues = (scenario: SavedScenario): FormValues => ({
	...valuesOfScenario(scenario.input),
	description: scenario.description,
	visibility: scenario.visibility
});
