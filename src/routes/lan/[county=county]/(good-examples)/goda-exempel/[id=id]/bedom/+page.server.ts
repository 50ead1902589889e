import { exampleForReview } from '#lib/modules/good-examples/read.server.ts';
import { review } from '#lib/modules/good-examples/service.server.ts';
import { editLoad, formAction } from '#lib/platform/edit-page.ts';

export const load = editLoad(exampleForReview, (example) => ({ example }));

export const actions = {
	save: formAction(review, (county) => `/lan/${county.slug}/goda-exempel`)
};
