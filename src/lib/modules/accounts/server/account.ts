import { eq, inArray } from 'drizzle-orm';
import type { AccountRole, Me } from '../account-schema.ts';
import { Email } from '../schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { counties, organisations } from '../../counties/tables.ts';
import { users } from '../tables.ts';
import {
	fieldErrors,
	forbidden,
	invalid,
	notFound,
	ok,
	type Outcome
} from '../../../core/outcome.ts';
import type { Actor } from '../../../core/actor.ts';
import { canManageUsers } from '../domain/permissions.ts';
import { grantRole, newPasswordLink } from './users.ts';

/**
 * The signed-in person's own account: who they are and what they may do, as
 * the account page and GET /api/me show it.
 */

/** The person with this (normalised, lower-case) e-mail address, if there is one. */
export async function userByEmail(
	db: Db,
	email: string
): Promise<{ id: number; name: string } | undefined> {
	const [user] = await db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(eq(users.email, email));
	return user;
}

const roleOrder = { admin: 0, coordinator: 1, editor: 2, moderator: 3, reader: 4 } as const;

/**
 * The actor's name, e-mail and roles with county and organisation names. With
 * an API token the roles are the token's one role (what the request may do).
 */
export async function account(db: Db, actor: Actor): Promise<Outcome<Me>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att se ditt konto.');
	const countyCodes = [...new Set(actor.roles.map((r) => r.countyCode))];
	const orgIds = [
		...new Set(actor.roles.flatMap((r) => (r.organisationId === null ? [] : [r.organisationId])))
	];
	const [countyRows, orgRows] = await Promise.all([
		countyCodes.length
			? db
					.select({ code: counties.code, name: counties.name })
					.from(counties)
					.where(inArray(counties.code, countyCodes))
			: [],
		orgIds.length
			? db
					.select({ id: organisations.id, name: organisations.name })
					.from(organisations)
					.where(inArray(organisations.id, orgIds))
			: []
	]);
	const countyName = new Map(countyRows.map((c) => [c.code, c.name]));
	const orgName = new Map(orgRows.map((o) => [o.id, o.name]));
	const roles: AccountRole[] = actor.roles
		.map((r) => ({
			countyCode: r.countyCode,
			countyName: countyName.get(r.countyCode) ?? r.countyCode,
			role: r.role,
			organisationId: r.organisationId,
			organisationName: r.organisationId === null ? null : (orgName.get(r.organisationId) ?? null)
		}))
		.sort(
			(a, b) =>
				a.countyName.localeCompare(b.countyName, 'sv') ||
				roleOrder[a.role] - roleOrder[b.role] ||
				(a.organisationName ?? '').localeCompare(b.organisationName ?? '', 'sv')
		);
	return ok({ name: actor.name, email: actor.email, via: actor.via, roles });
}

/**
 * A new one-time password link for the person with this e-mail address (for
 * the CLI, when the first administrator's link has expired). Same rules and
 * audit entry as newPasswordLink.
 */
export async function passwordLinkForEmail(
	db: Db,
	actor: Actor,
	countyCode: string,
	rawEmail: unknown
): Promise<Outcome<{ passwordToken: string; name: string }>> {
	const parsed = Email.safeParse(rawEmail);
	if (!parsed.success)
		return invalid(
			'Länken kunde inte skapas.',
			fieldErrors(parsed.error.issues.map((i) => ({ ...i, path: ['email'] })))
		);
	const user = await userByEmail(db, parsed.data);
	if (!user) return notFound(`Det finns inget konto med e-postadressen ${parsed.data}.`);
	const link = await newPasswordLink(db, actor, countyCode, user.id);
	if (link.kind === 'not_found')
		return notFound(`${parsed.data} har ingen roll i länet ${countyCode}.`);
	return link.kind === 'ok' ? ok({ ...link.value, name: user.name }) : link;
}

/**
 * Gives a role in the county to a person found by e-mail address: someone in
 * the county already, or someone another county added to Nära. The rules and
 * the audit entry are grantRole's.
 */
export async function grantRoleByEmail(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: { email?: unknown; role?: unknown; organisationId?: unknown }
): Promise<Outcome<{ assignmentId: number; userId: number; name: string }>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	const failed = 'Rollen kunde inte ges.';
	if (typeof raw.email !== 'string' || !raw.email.trim())
		return invalid(failed, { email: ['Skriv e-postadressen till den som ska få rollen.'] });
	const parsed = Email.safeParse(raw.email);
	if (!parsed.success) return invalid(failed, { email: parsed.error.issues.map((i) => i.message) });
	const user = await userByEmail(db, parsed.data);
	if (!user)
		return invalid(failed, {
			email: ['Det finns ingen i Nära med den e-postadressen. Lägg till personen i stället.']
		});
	const granted = await grantRole(db, actor, countyCode, user.id, {
		role: raw.role,
		organisationId: raw.organisationId
	});
	return granted.kind === 'ok'
		? ok({ ...granted.value, userId: user.id, name: user.name })
		: granted;
}
