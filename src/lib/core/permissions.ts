import type { Actor, Role } from './actor.ts';

/**
 * The roles and the rules every module shares. Pure: no I/O. A module's own
 * rules (who manages processes, initiatives, accounts, the audit log …) are
 * in its `domain/permissions.ts`, built from these.
 *
 *   administrator  everything in the county, including people and roles, and the audit log
 *   coordinator    the county-wide content: vision, roadmap, bodies, decisions, timeline,
 *                  processes
 *   editor         their own organisation's content (its decisions)
 *   reader         internal content
 *   anonymous      public content only
 */

/** The actor's roles in the county (none for anyone not signed in). */
export function rolesIn(actor: Actor, countyCode: string): Role[] {
	if (actor.kind !== 'user') return [];
	return actor.roles.filter((r) => r.countyCode === countyCode).map((r) => r.role);
}

/** Whether the actor has one of these roles in the county; the system (the CLI) has all. */
export const hasAnyRole = (actor: Actor, countyCode: string, roles: Role[]) =>
	actor.kind === 'system' || rolesIn(actor, countyCode).some((r) => roles.includes(r));

/** Internal content of the county: anyone with a role there. */
export function canReadInternal(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor', 'reader']);
}

/** The county-wide content: vision, roadmap, bodies, timeline, every decision. */
export function canEditCountyContent(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/**
 * Content of one organisation (a decision, an initiative it leads): county
 * editors, or an editor of that organisation.
 */
export function canEditOrganisationContent(
	actor: Actor,
	countyCode: string,
	organisationId: number
): boolean {
	if (canEditCountyContent(actor, countyCode)) return true;
	return (
		actor.kind === 'user' &&
		actor.roles.some(
			(r) =>
				r.countyCode === countyCode && r.role === 'editor' && r.organisationId === organisationId
		)
	);
}

/** Whether the actor may edit anything at all in the county (shows the edit links). */
export function canEditSomething(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor']);
}

/** Which visibilities the actor may see in the county. */
export function visibleTo(actor: Actor, countyCode: string): ('public' | 'internal')[] {
	return canReadInternal(actor, countyCode) ? ['public', 'internal'] : ['public'];
}

/** The roles from the most to the least: each may do what those below it may. */
export const ROLE_RANK: Record<Role, number> = { admin: 4, coordinator: 3, editor: 2, reader: 1 };
