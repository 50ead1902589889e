import { nominableInitiatives } from '#lib/modules/good-examples/read.server.ts';
import { nominate } from '#lib/modules/good-examples/service.server.ts';
import { countyEditor, formAction, formLoad, type FormCodec } from '#lib/platform/edit-page.ts';
import { formFailure, formValuesWithLists } from '#lib/platform/forms.ts';

/** The checkboxes of the criteria arrive as one value, joined by commas. */
const form: FormCodec<Record<string, string>, ReturnType<typeof formFailure>> = {
	read: (request) => formValuesWithLists(request, ['criteria']),
	input: (values) => values,
	failure: formFailure
};

export const load = formLoad(async (at) => ({
	...countyEditor(at),
	initiatives: await nominableInitiatives(at.db, at.county.code),
	chosen: at.url.searchParams.get('insats') ?? ''
}));

export const actions = {
	default: formAction(nominate, (county) => `/lan/${county.slug}/goda-exempel`, form)
};
