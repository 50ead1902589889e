import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { radarSvg } from '#lib/modules/self-assessment/charts.server.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { managedRound } from '#lib/modules/self-assessment/pages.server.ts';
import { qrSvg } from '#lib/modules/self-assessment/qr.server.ts';
import { resultRows } from '#lib/modules/self-assessment/read.server.ts';
import { closeRound, saveConsensus } from '#lib/modules/self-assessment/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { view, answerUrl } = await managedRound(locals, params.id, url);
	const rows = view.results.state === 'shown' ? resultRows(view.results) : [];
	return {
		view,
		answerUrl,
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
