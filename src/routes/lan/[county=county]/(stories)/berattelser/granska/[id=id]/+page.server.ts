import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { moderateStory, tagStory } from '#lib/modules/stories/moderation.server.ts';
import { storyForModeration, tagOptions } from '#lib/modules/stories/read.server.ts';
import { formFailure, formValuesWithLists } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	const story = unwrap(await storyForModeration(locals.db, actor, county.code, Number(params.id)));
	return { story, options: await tagOptions(locals.db, county.code) };
};

const LISTS = ['statements', 'shifts', 'initiatives', 'processes'] as const;

export const actions: Actions = {
	decide: async ({ locals, request, params, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValuesWithLists(request, []);
		const done = await moderateStory(locals.db, actor, county.code, Number(params.id), values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(
			303,
			`/lan/${county.slug}/berattelser/granska/${params.id}?sparad=${done.value.status}`
		);
	},
	tag: async ({ locals, request, params, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValuesWithLists(request, LISTS);
		const done = await tagStory(locals.db, actor, county.code, Number(params.id), values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/berattelser/granska/${params.id}?sparad=taggar`);
	}
};
