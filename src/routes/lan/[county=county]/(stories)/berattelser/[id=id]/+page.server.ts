import type { Actions, PageServerLoad } from './$types';
import { formStamp } from '#lib/modules/privacy/index.server.ts';
import { reflectionsCiting } from '#lib/modules/reflections/read.server.ts';
import { canAnswerStories } from '#lib/modules/stories/domain/permissions.ts';
import { answerStory } from '#lib/modules/stories/moderation.server.ts';
import { organisations, publishedStory } from '#lib/modules/stories/read.server.ts';
import { reportStory } from '#lib/modules/stories/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	const story = unwrap(await publishedStory(locals.db, county.code, Number(params.id)));
	const canAnswer = canAnswerStories(locals.actor, county.code);
	return {
		story,
		stamp: await formStamp(locals.db),
		answerers: canAnswer ? await organisations(locals.db, county.code) : [],
		reflections: await reflectionsCiting(locals.db, locals.actor, county.code, 'story', story.id)
	};
};

export const actions: Actions = {
	report: async ({ locals, request, params, getClientAddress }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await reportStory(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			values,
			getClientAddress()
		);
		if (done.kind !== 'ok') return formFailure(done, values);
		return { reported: done.value };
	},
	answer: async ({ locals, request, params, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await answerStory(locals.db, actor, county.code, Number(params.id), values);
		if (done.kind !== 'ok') return formFailure(done, values);
		return { answered: true };
	}
};
