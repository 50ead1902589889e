import type { Actions, PageServerLoad } from './$types';
import { canHandleBarriers } from '#lib/modules/barriers/domain/permissions.ts';
import { nextSteps } from '#lib/modules/barriers/domain/steps.ts';
import * as barriersReads from '#lib/modules/barriers/read.server.ts';
import { barrierChoices, stepBarrier } from '#lib/modules/barriers/service.server.ts';
import { canReadInternal } from '#lib/core/permissions.ts';
import { swedishDay } from '#lib/modules/actions/index.ts';
import { formAction } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	const barrier = unwrap(
		await barriersReads.barrier(locals.db, locals.actor, county.code, formId(params.id))
	);
	const canHandle = canHandleBarriers(locals.actor, county.code);
	return {
		barrier,
		canHandle,
		canReadInternal: canReadInternal(locals.actor, county.code),
		next: nextSteps(barrier.status),
		today: swedishDay(new Date()),
		decisions: canHandle
			? unwrap(await barrierChoices(locals.db, locals.actor, county.code)).decisions
			: []
	};
};

export const actions: Actions = {
	step: formAction(stepBarrier, (county, b) => `/lan/${county.slug}/hinder/${b.id}`)
};
