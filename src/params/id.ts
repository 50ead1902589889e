import type { ParamMatcher } from '@sveltejs/kit';
import { isIdParam } from '$lib/platform/ids.ts';

/** `[id=id]`: a row id; anything else is not a route (404), never a database error. */
export const match: ParamMatcher = (param) => isIdParam(param);
