import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { radarSvg, trendSvg } from '#lib/modules/self-assessment/charts.server.ts';
import { formatDate } from '#lib/core/dates.ts';
import { config } from '#lib/platform/config.ts';
import { unwrap } from '#lib/platform/http.ts';
import { workplaceTrendOf } from '#lib/modules/self-assessment/over-time.server.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { managedRound } from '#lib/modules/self-assessment/pages.server.ts';
import { qrSvg } from '#lib/modules/self-assessment/qr.server.ts';
import { resultRows } from '#lib/modules/self-assessment/read.server.ts';
import { statementRows } from '#lib/modules/self-assessment/domain/statement-rows.ts';
import { closeRound, saveConsensus } from '#lib/modules/self-assessment/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { county, view, answerUrl } = await managedRound(locals, params.id, url);
	const rows = view.results.state === 'shown' ? resultRows(view.results) : [];
	const trend = unwrap(
		await workplaceTrendOf(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			swedishDate(new Date()),
			config().minAnswers
		)
	);
	const shownRounds = trend.rows.filter((r) => r.shown);
	return {
		view,
		answerUrl,
		statements:
			view.results.state === 'shown' ? statementRows(view.results, view.template.dimensions) : [],
		trend,
		trendChart:
			shownRounds.length >= 2
				? trendSvg(
						shownRounds.map((r) => formatDate(r.lastDay)),
						trend.dimensions.map((d, i) => ({
							name: d.title,
							values: shownRounds.map((r) => r.cells[i]!.median)
						})),
						`Linjediagram: median per dimension i ${trend.workplace}s ${shownRounds.length} omgångar, från ${formatDate(shownRounds[0]!.lastDay)} till ${formatDate(shownRounds[shownRounds.length - 1]!.lastDay)}. Samma siffror finns i tabellen.`
					)
				: null,
		qr: view.summary.closed
			? null
			: await qrSvg(answerUrl, `QR-kod till omgången ${view.summary.workplace}`),
		rows,
		radar:
			rows.length > 0
				? radarSvg(
						rows.map((r) => r.title),
						[
							{
								name: view.summary.workplace,
								values: rows.map((r) => (r.own.shown ? r.own.median : null))
							},
							{
								name: `Länets stängda omgångar`,
								values: rows.map((r) => (r.county.shown ? r.county.median : null))
							}
						],
						`Radardiagram: median per dimension för ${view.summary.workplace} och för länet. Samma siffror finns i tabellen.`
					)
				: null
	};
};

export const actions: Actions = {
	close: async ({ locals, params, request, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		const values = await formValues(request);
		const done = await closeRound(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			values,
			swedishDate(new Date())
		);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, url.pathname);
	},
	consensus: async ({ locals, params, request, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		const values = await formValues(request);
		const done = await saveConsensus(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			values,
			swedishDate(new Date())
		);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `${url.pathname}#samsyn`);
	}
};
