import { agreementChoices, createAgreement } from '#lib/modules/agreements/service.server.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await agreementChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(
		createAgreement,
		(county, a) => `/lan/${county.slug}/overenskommelser#overenskommelse-${a.id}`,
		nestedForm(['partyIds', 'decisionIds'])
	)
};
