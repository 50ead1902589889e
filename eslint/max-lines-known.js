/**
 * Files over the 400-line limit when the rule came in (2026-12-07), each held at its size then:
 * they may shrink, not grow. Split one and take it off this list.
 */
export default {
	'src/lib/app/openapi.ts': 646,
	'src/lib/modules/accounts/server/oidc.db.test.ts': 449,
	'src/lib/modules/accounts/server/oidc.ts': 489,
	'src/lib/modules/accounts/server/users.db.test.ts': 612,
	'src/lib/modules/accounts/server/users.ts': 461,
	'src/lib/modules/audit/server/audit.db.test.ts': 489,
	'src/lib/modules/benefit/domain/model.ts': 462,
	'src/lib/modules/benefit/domain/schema.ts': 452,
	'src/lib/modules/benefit/server/service.db.test.ts': 446,
	'src/lib/modules/followup/kolada/client.test.ts': 492,
	'src/lib/modules/followup/kolada/client.ts': 468,
	'src/lib/modules/initiatives/export.server.ts': 557,
	'src/lib/modules/initiatives/import.db.test.ts': 427,
	'src/lib/modules/initiatives/import.server.ts': 798,
	'src/lib/modules/initiatives/queries.server.ts': 718,
	'src/lib/modules/initiatives/service.db.test.ts': 426,
	'src/lib/modules/initiatives/service.server.ts': 566,
	'src/lib/modules/initiatives/ui/InitiativeForm.svelte': 483,
	'src/lib/modules/processes/service.db.test.ts': 597,
	'src/lib/modules/processes/service.server.ts': 401,
	'src/lib/modules/vision/service.db.test.ts': 405,
	'src/lib/platform/db/embedded.ts': 491,
	'src/lib/platform/db/schema.ts': 884,
	'src/lib/platform/imports/core.test.ts': 476,
	'src/lib/platform/imports/table.ts': 404,
	'src/routes/lan/[county=county]/(initiatives)/insatser/+page.svelte': 659
};
