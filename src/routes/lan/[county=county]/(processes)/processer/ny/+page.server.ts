import { PROCESS_LISTS } from '#lib/modules/processes/form.server.ts';
import { createProcess, processChoices } from '#lib/modules/processes/service.server.ts';
import { formAction, formLoad, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = formLoad(async ({ db, actor, county }) => ({
	choices: unwrap(await processChoices(db, actor, county.code))
}));

export const actions = {
	default: formAction(
		createProcess,
		(county, process) => `/lan/${county.slug}/processer/${process.id}`,
		nestedForm(PROCESS_LISTS)
	)
};
