import type { PageServerLoad } from './$types';
import { swedishDate } from '$lib/modules/self-assessment/domain/round.ts';
import { qrSvg } from '$lib/modules/self-assessment/qr.server.ts';
import { roundView } from '$lib/modules/self-assessment/read.server.ts';
import { config } from '$lib/platform/config.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const view = unwrap(
		await roundView(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			swedishDate(new Date()),
			config().minAnswers
		)
	);
	const answerUrl = `${url.origin}/lan/${county.slug}/dialogguide/svara/${view.token}`;
	return {
		summary: view.summary,
		codes: view.codes.filter((c) => !c.used).map((c) => c.code),
		answerUrl,
		qr: await qrSvg(answerUrl, 'QR-kod till omgångens svarssida')
	};
};
