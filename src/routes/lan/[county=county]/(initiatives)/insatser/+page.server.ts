import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { queryFromSearchParams } from '#lib/modules/initiatives/schema.ts';
import { canEditSomething } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import {
	listInitiatives,
	municipalityMap,
	parseQuery
} from '#lib/modules/initiatives/service.server.ts';
import { orderInitiativesWorkbook } from '#lib/modules/initiatives/workbook-job.server.ts';
import { appJobQueue } from '#lib/platform/jobs/queue.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const raw = queryFromSearchParams(url.searchParams);
	const parsed = parseQuery(raw);
	const map = await municipalityMap(locals.db, county.code);
	const canCreate = canEditSomething(locals.actor, county.code);
	if (parsed.kind === 'invalid') {
		// a link with a bad value (a page that is not a number, a search too long) says what is wrong
		return {
			problem: { message: parsed.message, fields: parsed.fields },
			filters: null,
			list: null,
			map,
			canCreate
		};
	}
	const filters = unwrap(parsed);
	const { total, page, perPage, items, facets, matchedAllWords } = unwrap(
		await listInitiatives(locals.db, locals.actor, county.code, raw)
	);
	return {
		problem: null,
		filters,
		list: { total, page, perPage, items, facets, matchedAllWords },
		map,
		canCreate
	};
};

export const actions: Actions = {
	/** a signed-in person orders the list as a workbook; a background job makes it */
	excel: async ({ locals, request, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		const query = String((await request.formData()).get('query') ?? '');
		const id = await orderInitiativesWorkbook(
			locals.db,
			locals.actor,
			county,
			{ query, origin: url.origin },
			await appJobQueue()
		);
		redirect(303, id === null ? url.pathname : `/jobb/${id}`);
	}
};
