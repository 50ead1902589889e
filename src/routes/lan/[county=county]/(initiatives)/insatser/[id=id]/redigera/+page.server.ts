import { error, fail } from '@sveltejs/kit';
import { initiativeFailure, initiativeForm } from '#lib/modules/initiatives/form-action.server.ts';
import {
	archiveInitiative,
	getInitiative,
	initiativeChoices,
	updateInitiative
} from '#lib/modules/initiatives/service.server.ts';
import { editLoad, formAction, plainForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getInitiative, async (initiative, { db, actor, county, url }) => {
	if (!initiative.canEdit)
		error(
			403,
			'Du får bara ändra insatser som din egen organisation leder. Samordnare kan ändra alla.'
		);
	return {
		initiative,
		choices: unwrap(await initiativeChoices(db, actor, county.code)),
		confirmArchive: url.searchParams.has('arkivera')
	};
});

export const actions = {
	save: formAction(updateInitiative, (county, i) => `/lan/${county.slug}/insatser/${i.id}`, {
		read: initiativeForm,
		input: ({ values, revision }) => ({ ...values, revision }),
		failure: (outcome, { values, revision }) => initiativeFailure(outcome, values, revision)
	}),
	archive: formAction(archiveInitiative, (county) => `/lan/${county.slug}/insatser`, {
		...plainForm,
		// refused because it changed meanwhile: the question is asked again, about the saved version
		failure: (outcome) => {
			if (outcome.kind === 'forbidden' || outcome.kind === 'not_found') unwrap(outcome);
			return fail(outcome.kind === 'conflict' ? 409 : 400, { archiveMessage: outcome.message });
		}
	})
};
