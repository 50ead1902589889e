import type { PageServerLoad } from './$types';
import {
	canEditOrganisationContent,
	canEditSomething,
	canReadInternal
} from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';
import * as decisionsReads from '#lib/modules/decisions/read.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const adoption = unwrap(await decisionsReads.adoption(locals.db, locals.actor, county.code));
	return {
		...adoption,
		canCreate: canEditSomething(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code),
		/** the decisions this person may change: all for coordinators, their organisation's for editors */
		editable: adoption.decisions
			.filter((d) => canEditOrganisationContent(locals.actor, county.code, d.organisation.id))
			.map((d) => d.id)
	};
};
