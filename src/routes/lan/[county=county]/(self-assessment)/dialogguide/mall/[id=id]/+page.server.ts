import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
	addStatement,
	retireStatement,
	rewordStatement
} from '#lib/modules/self-assessment/service.server.ts';
import { templateForEditing } from '#lib/modules/self-assessment/template.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const template = unwrap(
		await templateForEditing(locals.db, locals.actor, county.code, Number(params.id))
	);
	const saved = Number(url.searchParams.get('sparat'));
	return { template, saved: saved === template.version ? saved : null };
};

/** One change of the template: a new version, or the form again with what was wrong. */
async function change(
	{ locals, params, request, url }: RequestEvent,
	run: (
		countyCode: string,
		templateId: number,
		values: Record<string, string>
	) => ReturnType<typeof addStatement>
) {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const values = await formValues(request);
	const done = await run(county.code, Number(params.id), values);
	if (done.kind !== 'ok') return formFailure(done, values);
	redirect(303, `${url.pathname}?sparat=${done.value.version}#sparat`);
}

export const actions: Actions = {
	add: (event) =>
		change(event, (county, id, values) =>
			addStatement(event.locals.db, event.locals.actor, county, id, values)
		),
	edit: (event) =>
		change(event, (county, id, values) =>
			rewordStatement(
				event.locals.db,
				event.locals.actor,
				county,
				id,
				Number(values.statementId),
				values
			)
		),
	retire: (event) =>
		change(event, (county, id, values) =>
			retireStatement(
				event.locals.db,
				event.locals.actor,
				county,
				id,
				Number(values.statementId),
				values
			)
		)
};
