import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { SECTION_SLUGS, sectionOfSlug } from '#lib/modules/yearly-report/domain/sections.ts';
import { narrativeForEdit, saveNarrative } from '#lib/modules/yearly-report/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/** The section named by the address, or the 404 page. */
function section(slug: string) {
	const found = sectionOfSlug(slug);
	if (!found) error(404, 'Rapporten har inget sådant avsnitt.');
	return found;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return {
		narrative: unwrap(
			await narrativeForEdit(
				locals.db,
				locals.actor,
				county.code,
				params.ar,
				section(params.avsnitt)
			)
		)
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const key = section(params.avsnitt);
		const values = await formValues(request);
		const saved = await saveNarrative(locals.db, locals.actor, county.code, params.ar, key, values);
		if (saved.kind !== 'ok') return formFailure(saved, values);
		redirect(
			303,
			`/lan/${county.slug}/uppfoljning-av-fardplanen?ar=${saved.value.year}#${SECTION_SLUGS[key]}`
		);
	}
};
