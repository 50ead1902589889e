import type { Actor, Role, RoleGrant } from '../../../core/actor.ts';
import { atOrBelow, hasAnyRole, outranks, rolesIn } from '../../../core/permissions.ts';

/** People, roles and API tokens of the county. */
export function canManageUsers(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin']);
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

/**
 * The roles a person may give an API token in the county: one they hold there
 * or any below it (admin > coordinator > editor, moderator > reader).
 */
export function tokenRolesFor(actor: Actor, countyCode: string): Role[] {
	const held = rolesIn(actor, countyCode);
	const allowed = new Set(held.flatMap(atOrBelow));
	return (['admin', 'coordinator', 'editor', 'moderator', 'reader'] as const).filter((r) =>
		allowed.has(r)
	);
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
			(outranks(r.role, wanted.role) ||
				(r.role === wanted.role &&
					(r.role !== 'editor' || r.organisationId === wanted.organisationId)))
	);
}
