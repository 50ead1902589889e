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
 *   moderator      citizens' stories and campaign answers: publishes, edits out identifying
 *                  details, rejects, themes (beside the line above, not in it: a moderator
 *                  neither edits content nor outranks an editor)
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
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor', 'reader', 'moderator']);
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

/**
 * The roles each role outranks: it may give an API token any of them. A
 * partial order, not a line: a moderator is above a reader only, and only an
 * administrator or a coordinator is above a moderator.
 */
const BELOW: Record<Role, readonly Role[]> = {
	admin: ['coordinator', 'editor', 'moderator', 'reader'],
	coordinator: ['editor', 'moderator', 'reader'],
	editor: ['reader'],
	moderator: ['reader'],
	reader: []
};

/** Whether role `a` is above role `b`. */
export const outranks = (a: Role, b: Role): boolean => BELOW[a].includes(b);

/** A role and every role below it. */
export const atOrBelow = (role: Role): Role[] => [role, ...BELOW[role]];
