import type { ParamMatcher } from '@sveltejs/kit';
import { isCountyParam } from '$lib/platform/ids.ts';

/** `[county=county]` and `[code=county]`: a county's code or slug (the hook looks it up once). */
export const match: ParamMatcher = (param) => isCountyParam(param);
