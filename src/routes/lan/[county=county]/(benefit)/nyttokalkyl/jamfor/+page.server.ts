import type { PageServerLoad } from './$types';
import { compareChart } from '#lib/modules/benefit/server/charts.ts';
import { municipalityNames } from '#lib/modules/benefit/server/pages.ts';
import {
	computeValidated,
	getScenario,
	listScenarios
} from '#lib/modules/benefit/server/service.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const [list, names] = await Promise.all([
		listScenarios(locals.db, locals.actor, county.code),
		municipalityNames(locals.db, county.code)
	]);
	const asked = { a: url.searchParams.get('a') ?? '', b: url.searchParams.get('b') ?? '' };
	const errors: Record<string, string[]> = {};
	const open = async (key: 'a' | 'b') => {
		if (!asked[key]) return null;
		const found = await getScenario(locals.db, locals.actor, county.code, formId(asked[key]));
		if (found.kind !== 'ok') {
			errors[key] = ['Kalkylen finns inte, eller så får du inte läsa den. Välj en i listan.'];
			return null;
		}
		return { scenario: found.value, computed: computeValidated(found.value.input) };
	};
	const [a, b] = await Promise.all([open('a'), open('b')]);
	return {
		scenarios: unwrap(list).map((s) => ({ id: s.id, name: s.name, version: s.currentVersion })),
		municipalityNames: names,
		asked,
		errors,
		a,
		b,
		chart:
			a && b
				? compareChart(
						{ name: a.scenario.name, result: a.computed.result },
						{ name: b.scenario.name, result: b.computed.result }
					)
				: null
	};
};
