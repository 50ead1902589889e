/**
 * Files over the 400-line limit when the rule came in (2026-12-07), each held at its size then:
 * they may shrink, not grow. Split one and take it off this list.
 */
export default {
	'src/lib/modules/accounts/server/oidc.db.test.ts': 441,
	'src/lib/modules/accounts/server/oidc.ts': 490,
	'src/lib/modules/accounts/server/users.ts': 461,
	'src/lib/modules/audit/server/audit.db.test.ts': 484,
	'src/lib/modules/benefit/domain/model.ts': 462,
	'src/lib/modules/benefit/domain/schema.ts': 452,
	'src/lib/modules/benefit/server/service.db.test.ts': 420,
	'src/lib/modules/followup/kolada/client.test.ts': 492,
	'src/lib/modules/followup/kolada/client.ts': 468,
	'src/lib/modules/initiatives/import.db.test.ts': 414,
	'src/lib/modules/initiatives/service.db.test.ts': 416,
	'src/lib/platform/db/embedded.ts': 491,
	'src/lib/platform/imports/core.test.ts': 476,
	'src/lib/platform/imports/table.ts': 402
};
