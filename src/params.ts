import { defineParams } from '@sveltejs/kit/params';
import { isCountyParam, isIdParam } from '#lib/platform/ids.ts';

/** Route parameter matchers; a parameter that does not match is not a route (404). */
export const params = defineParams({
	/** `[id=id]`: a row id; anything else is a 404, never a database error. */
	id: (param) => (isIdParam(param) ? param : undefined),
	/** `[county=county]` and `[code=county]`: a county's code or slug (the hook looks it up once). */
	county: (param) => (isCountyParam(param) ? param : undefined)
});
