import { formValuesOf, PROCESS_LISTS } from '#lib/modules/processes/form.server.ts';
import {
	archiveProcess,
	processChoices,
	processForEdit,
	updateProcess
} from '#lib/modules/processes/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load = editLoad(
	processForEdit,
	async ({ process, fields }, { db, actor, county }) => ({
		process,
		values: formValuesOf(fields, process.revision),
		choices: unwrap(await processChoices(db, actor, county.code))
	})
);

export const actions = {
	save: formAction(
		updateProcess,
		(county, process) => `/lan/${county.slug}/processer/${process.id}`,
		nestedForm(PROCESS_LISTS)
	),
	archive: formAction(archiveProcess, (county) => `/lan/${county.slug}/processer`)
};
