import { getVisionForEditing, publishVision } from '#lib/modules/vision/service.server.ts';
import { editLoad, formAction, nestedForm } from '#lib/platform/edit-page.ts';

export const load = editLoad(getVisionForEditing, (vision) => ({ vision }));

export const actions = {
	default: formAction(publishVision, (county) => `/lan/${county.slug}`, nestedForm())
};
