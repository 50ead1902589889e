import type { RequestHandler } from './$types';
import { BenefitComputation } from '$lib/modules/benefit/server/schemas.ts';
import { compute } from '$lib/modules/benefit/server/service.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';

/** A scenario in, its result with percentiles and sensitivity out; anyone may compute. */
export const POST: RequestHandler = async ({ request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const outcome = compute(body);
	return apiResponse(
		outcome.kind === 'ok'
			? { kind: 'ok', value: { ...outcome.value, scenario: outcome.value.input } }
			: outcome,
		BenefitComputation
	);
};
