import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditSomething } from '#lib/core/permissions.ts';
import { canManageInitiative } from '#lib/modules/initiatives/index.ts';
import { unwrap } from '#lib/platform/http.ts';
import { stageInitiativeImport } from '#lib/modules/initiatives/import.server.ts';
import { initiativeChoices } from '#lib/modules/initiatives/service.server.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/**
 * Importing initiatives from a file, step one: the template, the columns,
 * and the upload. The file is kept for the preview (step two).
 */

const NOT_ALLOWED =
	'Bara länets samordnare, administratörer och redaktörer kan läsa in insatser. Redaktörer läser in sin egen organisations insatser.';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	if (!canEditSomething(locals.actor, county.code)) error(403, NOT_ALLOWED);
	const choices = unwrap(await initiativeChoices(locals.db, locals.actor, county.code));
	return {
		mayImportAll: canManageInitiative(locals.actor, county.code, null),
		ownOrganisations: choices.leadOptions.map((o) => o.name)
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		let data: FormData;
		try {
			data = await request.formData();
		} catch (e) {
			// the web server refuses a body over its limit (BODY_SIZE_LIMIT) while it is read
			if ((e as { status?: number }).status === 413)
				return fail(413, {
					message: 'Filen kunde inte läsas in.',
					fields: {
						file: ['Filen är för stor för att laddas upp. Dela upp den i flera filer.']
					}
				});
			throw e;
		}
		const file = data.get('file');
		const upload =
			file instanceof File && file.size > 0
				? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
				: file instanceof File && file.name
					? { name: file.name, bytes: new Uint8Array() }
					: null;
		const outcome = await stageInitiativeImport(locals.db, locals.actor, county.code, upload);
		if (outcome.kind === 'invalid')
			return fail(400, { message: outcome.message, fields: outcome.fields });
		if (outcome.kind === 'forbidden') error(403, outcome.message);
		if (outcome.kind !== 'ok') error(404, outcome.message);
		redirect(303, `/lan/${county.slug}/insatser/import/${outcome.value.id}`);
	}
};
