import type { PageServerLoad } from './$types';
import { entityLabel, itemName, showEntry } from '#lib/modules/audit/domain/audit.ts';
import { canReadAudit } from '#lib/modules/audit/index.ts';
import * as auditLog from '#lib/modules/audit/server/service.ts';
import { unwrap } from '#lib/platform/http.ts';
import { requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const h = unwrap(
		await auditLog.history(locals.db, locals.actor, params.county, params.type, params.id)
	);
	return {
		entityType: h.entityType,
		entityText: entityLabel(h.entityType),
		entityId: h.entityId,
		name: itemName(h.entries),
		entries: h.entries.map(showEntry),
		canReadLog: canReadAudit(locals.actor, h.county.code)
	};
};
