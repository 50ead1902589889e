import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { effectiveK } from '#lib/modules/self-assessment/domain/suppression.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { roundForAnswer } from '#lib/modules/self-assessment/read.server.ts';
import { submitAnswer } from '#lib/modules/self-assessment/service.server.ts';
import { config } from '#lib/platform/config.ts';
import { formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

/**
 * Answering a round: no account. In a round without codes, a cookie on this
 * browser (only "answered", nothing else) stops a second answer; the page
 * says so. Nothing of the request (address, agent, time) is kept.
 */

const answeredCookie = (token: string) => `nara_dg_${token.slice(0, 12)}`;

export const load: PageServerLoad = async ({ locals, params, cookies }) => {
	const county = await pageCounty(locals);
	const round = unwrap(await roundForAnswer(locals.db, params.token, swedishDate(new Date())));
	if (round.countyCode !== county.code) error(404, 'Omgången finns inte. Kontrollera länken.');
	return {
		round,
		k: effectiveK(config().minAnswers),
		answered: cookies.get(answeredCookie(params.token)) === '1'
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, cookies, url }) => {
		await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await submitAnswer(locals.db, params.token, values, swedishDate(new Date()), {
			alreadyAnswered: cookies.get(answeredCookie(params.token)) === '1'
		});
		if (outcome.kind === 'invalid')
			return fail(400, { message: outcome.message, fields: outcome.fields, values, thanks: false });
		const done = unwrap(outcome);
		cookies.set(answeredCookie(params.token), '1', {
			path: url.pathname,
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 180
		});
		return {
			message: '',
			fields: {} as Record<string, string[]>,
			values: {} as Record<string, string>,
			thanks: done.workplace
		};
	}
};
