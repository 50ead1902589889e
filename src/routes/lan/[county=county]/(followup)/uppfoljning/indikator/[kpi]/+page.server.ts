import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { indicatorCharts } from '#lib/modules/followup/server/page-charts.ts';
import { indicatorDashboard } from '#lib/modules/followup/server/dashboard.ts';
import { canImportForArea, canSetTargets } from '#lib/modules/followup/index.ts';
import { setTarget } from '#lib/modules/followup/server/service.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';
import { formatDate } from '#lib/core/dates.ts';
import { todayIso } from '#lib/platform/pdf/response.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const d = unwrap(
		await indicatorDashboard(locals.readDb, locals.actor, params.county, params.kpi, {
			query: url.searchParams
		})
	);
	const canSet = canSetTargets(locals.actor, d.county.code);
	const id = (name: string) => Number(url.searchParams.get(name)) || null;
	// the page shows the figures in its tables; the rows go to the exports only
	const rest = { ...d, rows: undefined, boundaries: undefined };
	return {
		...rest,
		targetForm: canSet
			? {
					/** the target being changed (?mal=id), or null for a new one */
					editing: d.targets.find((t) => t.id === id('mal')) ?? null,
					areas: d.series
						.filter((s) => s.kind !== 'country')
						.map((s) => ({ value: s.areaId, label: s.name }))
				}
			: null,
		/** coordinators and administrators of the county fetch this indicator's values from Kolada */
		canImport: d.indicator.koladaId !== null && canImportForArea(locals.actor, d.county.code),
		saved: d.targets.find((t) => t.id === id('sparat')) ?? null,
		charts: indicatorCharts(d),
		/** what the county's computed values rest on, per year (the Dialogguide: answers and rounds) */
		restsOn: d.rows
			.filter((r) => r.basis && r.areaId === d.county.regionId && r.gender === 'T')
			.map((r) => ({ period: r.period, value: r.value, basis: r.basis!, source: r.source }))
			.sort((a, b) => a.period - b.period),
		printedOn: formatDate(todayIso())
	};
};

export const actions: Actions = {
	/** Sets or changes a target (coordinators of the county); back to the table on success. */
	target: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await setTarget(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(
			303,
			`/lan/${county.slug}/uppfoljning/indikator/${params.kpi}?sparat=${outcome.value.id}#mal`
		);
	}
};
