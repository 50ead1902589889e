import type { PageServerLoad } from './$types';
import { showEntry } from '#lib/modules/audit/domain/audit.ts';
import { auditQueryFrom } from '#lib/modules/audit/schema.ts';
import * as auditLog from '#lib/modules/audit/server/service.ts';
import { unwrap } from '#lib/platform/http.ts';
import { requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url, { keepQuery: true });
	const values = auditQueryFrom(url.searchParams);
	const result = await auditLog.browse(locals.db, locals.actor, params.county, values);
	// a bad filter: the whole log, and what was wrong with the filter
	const errors = result.kind === 'invalid' ? result.fields : null;
	const log = unwrap(
		result.kind === 'invalid'
			? await auditLog.browse(locals.db, locals.actor, params.county, {})
			: result
	);
	return {
		...log,
		entries: log.entries.map(showEntry),
		values,
		errors
	};
};
