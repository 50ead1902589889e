/** What other modules may use of the accounts module (client-safe: no server code). */
export {
	canGrantTokenRole,
	canManageAccount,
	canManageUsers,
	tokenRolesFor
} from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
