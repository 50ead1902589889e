import type { LayoutServerLoad } from './$types';
import { config } from '#lib/platform/config.ts';
import { chosenCounty } from '#lib/platform/chosen-county.ts';
import * as content from '#lib/modules/counties/service.server.ts';
import { canEditSomething, canReadInternal } from '#lib/core/permissions.ts';
import { canManageUsers } from '#lib/modules/accounts/index.ts';
import { canReadAudit } from '#lib/modules/audit/index.ts';

export const load: LayoutServerLoad = async ({ locals, params, cookies }) => {
	const [counties, sources] = await Promise.all([
		content.listCounties(locals.db),
		content.sourceDocuments(locals.db)
	]);
	const slug = (params as { county?: string }).county;
	// a county's pages are that county's; elsewhere the county the person chose, or the default
	const chosen = chosenCounty(cookies);
	const current =
		counties.find((c) => c.slug === slug) ??
		counties.find((c) => c.slug === chosen) ??
		counties.find((c) => c.code === config().defaultCountyCode);
	const actor = locals.actor;
	const code = current?.code ?? '';
	return {
		locale: locals.locale,
		user: actor.kind === 'user' ? { name: actor.name, email: actor.email } : null,
		can: {
			readInternal: canReadInternal(actor, code),
			edit: canEditSomething(actor, code),
			manageUsers: canManageUsers(actor, code),
			readAudit: canReadAudit(actor, code)
		},
		counties,
		county: current ?? null,
		sources: Object.fromEntries(sources.map((s) => [s.fileName, { title: s.title, year: s.year }]))
	};
};
