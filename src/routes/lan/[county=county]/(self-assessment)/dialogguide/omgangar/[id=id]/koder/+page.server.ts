import type { PageServerLoad } from './$types';
import { managedRound } from '#lib/modules/self-assessment/pages.server.ts';
import { qrSvg } from '#lib/modules/self-assessment/qr.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { view, answerUrl } = await managedRound(locals, params.id, url);
	return {
		summary: view.summary,
		codes: view.codes.filter((c) => !c.used).map((c) => c.code),
		answerUrl,
		qr: await qrSvg(answerUrl, 'QR-kod till omgångens svarssida')
	};
};
