import {
	agreementChoices,
	archiveAgreement,
	getAgreement,
	updateAgreement
} from '#lib/modules/agreements/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getAgreement, async (agreement, { db, actor, county }) => ({
	agreement,
	choices: unwrap(await agreementChoices(db, actor, county.code))
}));

export const actions = {
	save: formAction(
		updateAgreement,
		(county, a) => `/lan/${county.slug}/overenskommelser#overenskommelse-${a.id}`,
		nestedForm(['partyIds', 'decisionIds'])
	),
	archive: formAction(archiveAgreement, (county) => `/lan/${county.slug}/overenskommelser`)
};
