/**
 * Who is acting: an anonymous visitor, a signed-in person (by session or API
 * token), or the system itself (the CLI's seed, an import). Every permission
 * check and every audit entry starts from an Actor.
 */

export type Role = 'admin' | 'coordinator' | 'editor' | 'reader' | 'moderator';

export interface RoleGrant {
	countyCode: string;
	/** set for editors: the organisation whose content they edit */
	organisationId: number | null;
	role: Role;
}

export type Actor =
	| { kind: 'anonymous' }
	| {
			kind: 'user';
			userId: number;
			email: string;
			name: string;
			roles: RoleGrant[];
			/** how the request was authenticated */
			via: 'session' | 'token';
	  }
	| { kind: 'system'; label: string };

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(label: string): Actor {
	return { kind: 'system', label };
}

/** How the actor is named in the audit log, as they were at the time. */
export function actorLabel(actor: Actor): string {
	if (actor.kind === 'user') return `${actor.name} <${actor.email}>`;
	if (actor.kind === 'system') return actor.label;
	return 'anonym';
}

export function actorUserId(actor: Actor): number | null {
	return actor.kind === 'user' ? actor.userId : null;
}
