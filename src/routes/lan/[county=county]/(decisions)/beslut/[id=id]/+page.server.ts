import {
	archiveDecision,
	decisionChoices,
	getDecision,
	updateDecision
} from '#lib/modules/decisions/service.server.ts';
import * as groupsReads from '#lib/modules/groups/read.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(getDecision, async (decision, { db, actor, county }) => {
	const all = unwrap(await groupsReads.organisations(db, actor, county.code));
	return {
		decision,
		choices: unwrap(await decisionChoices(db, actor, county.code)),
		/** every name a conflict may show */
		names: {
			organisations: Object.fromEntries(all.organisations.map((o) => [o.id, o.name])),
			groups: Object.fromEntries(all.groups.map((g) => [g.id, g.name]))
		}
	};
});

export const actions = {
	save: formAction(updateDecision, (county, d) => `/lan/${county.slug}/beslut#beslut-${d.id}`),
	archive: formAction(archiveDecision, (county) => `/lan/${county.slug}/beslut`)
};
