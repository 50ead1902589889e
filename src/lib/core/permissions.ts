import type { Actor, Role, RoleGrant } from './actor.ts';

/**
 * Who may do what: small named predicates, the one place for these rules.
 * Pages, the API and the CLI all ask these. Pure: no I/O.
 *
 *   administrator  everything in the county, including people and roles, and the audit log
 *   coordinator    the county-wide content: vision, roadmap, bodies, decisions, timeline,
 *                  processes
 *   editor         their own organisation's content (its decisions)
 *   reader         internal content
 *   anonymous      public content only
 */

function rolesIn(actor: Actor, countyCode: string): Role[] {
	if (actor.kind !== 'user') return [];
	return actor.roles.filter((r) => r.countyCode === countyCode).map((r) => r.role);
}

const hasAny = (actor: Actor, countyCode: string, roles: Role[]) =>
	actor.kind === 'system' || rolesIn(actor, countyCode).some((r) => roles.includes(r));

/** Internal content of the county: anyone with a role there. */
export function canReadInternal(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin', 'coordinator', 'editor', 'reader']);
}

/** The county-wide content: vision, roadmap, bodies, timeline, every decision. */
export function canEditCountyContent(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin', 'coordinator']);
}

/**
 * The county's processes (county-wide, sub-regional and local) and their
 * coverage of the four development areas: run by the coordinators of the
 * county (processledare in the coordination group) and its administrators.
 */
export function canManageProcesses(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin', 'coordinator']);
}

/** A decision of one organisation: county editors, or an editor of that organisation. */
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

/**
 * An initiative in the inventory: coordinators and administrators all of the
 * county's, an editor those their organisation leads. One without a lead
 * organisation is the county's.
 */
export function canManageInitiative(
	actor: Actor,
	countyCode: string,
	leadOrganisationId: number | null
): boolean {
	return leadOrganisationId === null
		? canEditCountyContent(actor, countyCode)
		: canEditOrganisationContent(actor, countyCode, leadOrganisationId);
}

/** Whether the actor may edit anything at all in the county (shows the edit links). */
export function canEditSomething(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin', 'coordinator', 'editor']);
}

/** People, roles and API tokens of the county. */
export function canManageUsers(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin']);
}

/**
 * A person's account itself (a new one-time password link): the person, the
 * installation's operator (the CLI), or someone who administers every county
 * the person has a role in. An administrator of one county may not reach a
 * person who also belongs to another county: that would let them take over an
 * account, and its roles, in a county they do not administer.
 */
export function canManageAccount(
	actor: Actor,
	target: { userId: number; roles: Pick<RoleGrant, 'countyCode'>[] }
): boolean {
	if (actor.kind === 'system') return true;
	if (actor.kind !== 'user') return false;
	if (actor.userId === target.userId) return true;
	const counties = new Set(target.roles.map((r) => r.countyCode));
	return counties.size > 0 && [...counties].every((c) => canManageUsers(actor, c));
}

/** The audit log of the county, and its export. */
export function canReadAudit(actor: Actor, countyCode: string): boolean {
	return hasAny(actor, countyCode, ['admin']);
}

/** Which visibilities the actor may see in the county. */
export function visibleTo(actor: Actor, countyCode: string): ('public' | 'internal')[] {
	return canReadInternal(actor, countyCode) ? ['public', 'internal'] : ['public'];
}

/** The roles from the most to the least: each may do what those below it may. */
export const ROLE_RANK: Record<Role, number> = { admin: 4, coordinator: 3, editor: 2, reader: 1 };

/**
 * The roles a person may give an API token in the county: one they hold there
 * or any below it (admin > coordinator > editor > reader).
 */
export function tokenRolesFor(actor: Actor, countyCode: string): Role[] {
	const held = rolesIn(actor, countyCode);
	if (held.length === 0) return [];
	const top = Math.max(...held.map((r) => ROLE_RANK[r]));
	return (Object.keys(ROLE_RANK) as Role[]).filter((r) => ROLE_RANK[r] <= top);
}

/**
 * Whether the person's roles in the county allow an API token with this role
 * (and, for an editor's token, this organisation): a role above the token's
 * allows it for any organisation of the county; the same role only as held,
 * so an editor's token keeps the editor's own organisation. A token for an
 * editor needs its organisation. Used when the token is made, and again at
 * every use, against the roles the person holds then.
 */
export function canGrantTokenRole(
	held: readonly RoleGrant[],
	countyCode: string,
	wanted: { role: Role; organisationId: number | null }
): boolean {
	if (wanted.role === 'editor' && wanted.organisationId === null) return false;
	return held.some(
		(r) =>
			r.countyCode === countyCode &&
			(ROLE_RANK[r.role] > ROLE_RANK[wanted.role] ||
				(r.role === wanted.role &&
					(r.role !== 'editor' || r.organisationId === wanted.organisationId)))
	);
}
