import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { Email, RoleName } from '../schema.ts';
import { z } from '../../../core/zod.ts';
import { audit } from '../../../platform/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { organisations } from '../../counties/tables.ts';
import { apiTokens, roleAssignments, users } from '../tables.ts';
import {
	fieldErrors,
	forbidden,
	invalid,
	notFound,
	ok,
	type Outcome
} from '../../../core/outcome.ts';
import type { Actor, Role } from '../../../core/actor.ts';
import { canGrantTokenRole, canManageAccount, canManageUsers } from '../domain/permissions.ts';
import { createPasswordLink } from './service.ts';
import { hashToken, newToken } from './tokens.ts';

/**
 * People and their roles, managed by a county's administrators (and by the
 * CLI for the first administrator). Every write is audited.
 */

export const NewUserInput = z.object({
	email: Email,
	name: z
		.string({ error: 'Skriv personens namn.' })
		.trim()
		.min(1, { error: 'Skriv personens namn.' })
		.max(200, { error: 'Namnet får ha högst 200 tecken.' }),
	role: RoleName,
	organisationId: z.coerce.number().int().positive().optional()
});

export const GrantInput = z.object({
	role: RoleName,
	organisationId: z.coerce.number().int().positive().optional()
});

export const ApiTokenInput = z.object({
	name: z
		.string({ error: 'Ge nyckeln ett namn.' })
		.trim()
		.min(1, { error: 'Ge nyckeln ett namn, t.ex. vad den används till.' })
		.max(100, { error: 'Namnet får ha högst 100 tecken.' }),
	role: RoleName,
	/** for an editor's token: whose content it edits */
	organisationId: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z.coerce
			.number({ error: 'Välj en organisation i listan.' })
			.int({ error: 'Välj en organisation i listan.' })
			.positive({ error: 'Välj en organisation i listan.' })
			.optional()
	)
});

export interface UserSummary {
	id: number;
	email: string;
	name: string;
	disabled: boolean;
	hasPassword: boolean;
	sso: boolean;
	/** whether the actor may give this person a new password link (canManageAccount) */
	accountManaged: boolean;
	roles: {
		id: number;
		role: Role;
		organisationId: number | null;
		organisationName: string | null;
		origin: string;
	}[];
}

const editorNeedsOrganisation = 'En redaktör ska höra till en organisation i länet.';

async function checkOrganisation(
	db: Db,
	countyCode: string,
	role: Role,
	organisationId: number | undefined
): Promise<Record<string, string[]> | null> {
	if (role !== 'editor')
		return organisationId
			? { organisationId: ['Bara redaktörer hör till en organisation.'] }
			: null;
	if (!organisationId) return { organisationId: [editorNeedsOrganisation] };
	const [org] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.id, organisationId), eq(organisations.countyCode, countyCode)));
	return org ? null : { organisationId: [editorNeedsOrganisation] };
}

/** Creates a person with one role in the county and a one-time link to set their password. */
export async function createUser(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<{ userId: number; passwordToken: string }>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	const parsed = NewUserInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Kontot kunde inte skapas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const orgError = await checkOrganisation(db, countyCode, input.role, input.organisationId);
	if (orgError) return invalid('Kontot kunde inte skapas.', orgError);
	const [existing] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(users.email, input.email));
	if (existing) {
		return invalid('Kontot kunde inte skapas.', {
			email: ['Det finns redan ett konto med den e-postadressen. Ge personen en roll i stället.']
		});
	}
	return db.transaction(async (tx) => {
		const [user] = await tx
			.insert(users)
			.values({ email: input.email, name: input.name })
			.returning({ id: users.id, email: users.email, name: users.name });
		const grant = {
			userId: user!.id,
			countyCode,
			role: input.role,
			organisationId: input.organisationId ?? null
		};
		await tx.insert(roleAssignments).values(grant);
		const passwordToken = await createPasswordLink(tx, user!.id);
		await audit(tx, actor, {
			action: 'create',
			entityType: 'user',
			entityId: user!.id,
			countyCode,
			before: null,
			after: {
				email: user!.email,
				name: user!.name,
				role: input.role,
				organisationId: grant.organisationId
			}
		});
		return ok({ userId: user!.id, passwordToken });
	});
}

/**
 * A new one-time link for a person who lost theirs (the old ones stay valid
 * until used or expired). The county's administrator asks, but the link opens
 * the whole account: so it is refused unless the actor may manage the account
 * in every county the person belongs to (canManageAccount), and it is audited
 * in each of those counties.
 */
export async function newPasswordLink(
	db: Db,
	actor: Actor,
	countyCode: string,
	userId: number
): Promise<Outcome<{ passwordToken: string }>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	const held = await db
		.select({ countyCode: roleAssignments.countyCode })
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId));
	if (!held.some((r) => r.countyCode === countyCode))
		return notFound('Personen finns inte i länet.');
	if (!canManageAccount(actor, { userId, roles: held }))
		return forbidden(
			'Personen har en roll även i ett annat län. Bara hen själv, en administratör i alla hens län eller Näras driftansvariga (kommandot nara admin link) kan ge en ny lösenordslänk.'
		);
	const counties = [...new Set(held.map((r) => r.countyCode))].sort();
	return db.transaction(async (tx) => {
		const passwordToken = await createPasswordLink(tx, userId);
		for (const code of counties)
			await audit(tx, actor, {
				action: 'password_link',
				entityType: 'user',
				entityId: userId,
				countyCode: code,
				before: null,
				after: { link: 'ny engångslänk för lösenord', requestedIn: countyCode }
			});
		return ok({ passwordToken });
	});
}

/** Gives a person (already in Nära) a role in the county. */
export async function grantRole(
	db: Db,
	actor: Actor,
	countyCode: string,
	userId: number,
	raw: Record<string, unknown>
): Promise<Outcome<{ assignmentId: number }>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	const parsed = GrantInput.safeParse(raw);
	if (!parsed.success) return invalid('Rollen kunde inte ges.', fieldErrors(parsed.error.issues));
	const orgError = await checkOrganisation(
		db,
		countyCode,
		parsed.data.role,
		parsed.data.organisationId
	);
	if (orgError) return invalid('Rollen kunde inte ges.', orgError);
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
	if (!user) return notFound('Personen finns inte.');
	return db.transaction(async (tx) => {
		const grant = {
			userId,
			countyCode,
			role: parsed.data.role,
			organisationId: parsed.data.organisationId ?? null
		};
		const [row] = await tx
			.insert(roleAssignments)
			.values(grant)
			.onConflictDoNothing()
			.returning({ id: roleAssignments.id });
		if (!row)
			return invalid('Rollen kunde inte ges.', { role: ['Personen har redan den rollen.'] });
		await audit(tx, actor, {
			action: 'grant',
			entityType: 'user',
			entityId: userId,
			countyCode,
			before: null,
			after: { role: grant.role, organisationId: grant.organisationId }
		});
		return ok({ assignmentId: row.id });
	});
}

/** Takes a role back. An administrator cannot take away the county's last administrator. */
export async function revokeRole(
	db: Db,
	actor: Actor,
	countyCode: string,
	assignmentId: number
): Promise<Outcome<{ userId: number }>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(roleAssignments)
			.where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.countyCode, countyCode)));
		if (!row) return notFound('Rollen finns inte.');
		if (row.role === 'admin') {
			const [{ n }] = (await tx
				.select({ n: sql<number>`count(*)::int` })
				.from(roleAssignments)
				.where(
					and(eq(roleAssignments.countyCode, countyCode), eq(roleAssignments.role, 'admin'))
				)) as [{ n: number }];
			if (n <= 1)
				return invalid('Rollen kunde inte tas bort.', {
					role: ['Länet måste ha minst en administratör.']
				});
		}
		await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
		await audit(tx, actor, {
			action: 'revoke',
			entityType: 'user',
			entityId: row.userId,
			countyCode,
			before: { role: row.role, organisationId: row.organisationId },
			after: null
		});
		return ok({ userId: row.userId });
	});
}

/** The people with a role in the county, with their roles. */
export async function listUsers(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<UserSummary[]>> {
	if (!canManageUsers(actor, countyCode)) return forbidden();
	const rows = await db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			disabledAt: users.disabledAt,
			passwordHash: users.passwordHash,
			oidcSubject: users.oidcSubject,
			assignmentId: roleAssignments.id,
			role: roleAssignments.role,
			organisationId: roleAssignments.organisationId,
			organisationName: organisations.name,
			origin: roleAssignments.origin
		})
		.from(roleAssignments)
		.innerJoin(users, eq(users.id, roleAssignments.userId))
		.leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
		.where(eq(roleAssignments.countyCode, countyCode))
		.orderBy(asc(users.name), asc(roleAssignments.role));
	const byUser = new Map<number, UserSummary>();
	for (const r of rows) {
		const u =
			byUser.get(r.id) ??
			byUser
				.set(r.id, {
					id: r.id,
					email: r.email,
					name: r.name,
					disabled: r.disabledAt !== null,
					hasPassword: r.passwordHash !== null,
					sso: r.oidcSubject !== null,
					accountManaged: false,
					roles: []
				})
				.get(r.id)!;
		u.roles.push({
			id: r.assignmentId,
			role: r.role,
			organisationId: r.organisationId,
			organisationName: r.organisationName,
			origin: r.origin
		});
	}
	// every county each person belongs to, for whether the account is the actor's to manage
	const ids = [...byUser.keys()];
	const held = ids.length
		? await db
				.select({ userId: roleAssignments.userId, countyCode: roleAssignments.countyCode })
				.from(roleAssignments)
				.where(inArray(roleAssignments.userId, ids))
		: [];
	for (const u of byUser.values())
		u.accountManaged = canManageAccount(actor, {
			userId: u.id,
			roles: held.filter((h) => h.userId === u.id)
		});
	return ok([...byUser.values()]);
}

/**
 * Creates a personal API token for the signed-in person, scoped to one role in
 * the county: one they hold there or one below it (an administrator may make
 * a reader's token). An editor's token edits for one organisation: the
 * editor's own, or for someone above an editor the one they choose. The token
 * is returned once; only its hash is kept.
 */
export async function createApiToken(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<{ id: number; token: string }>> {
	if (actor.kind !== 'user' || actor.via !== 'session')
		return forbidden('Logga in för att skapa API-nycklar.');
	const parsed = ApiTokenInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Nyckeln kunde inte skapas.', fieldErrors(parsed.error.issues));
	const { role } = parsed.data;
	const held = actor.roles.filter((r) => r.countyCode === countyCode);
	let organisationId: number | null = null;
	if (role === 'editor') {
		organisationId =
			parsed.data.organisationId ?? held.find((r) => r.role === 'editor')?.organisationId ?? null;
		if (organisationId === null) {
			return invalid('Nyckeln kunde inte skapas.', {
				organisationId: ['Välj vilken organisations innehåll nyckeln ska redigera.']
			});
		}
		const [own] = await db
			.select({ id: organisations.id })
			.from(organisations)
			.where(and(eq(organisations.id, organisationId), eq(organisations.countyCode, countyCode)));
		if (!own) {
			return invalid('Nyckeln kunde inte skapas.', {
				organisationId: ['Organisationen finns inte i länet.']
			});
		}
	}
	if (!canGrantTokenRole(held, countyCode, { role, organisationId })) {
		return invalid('Nyckeln kunde inte skapas.', {
			role: [
				role === 'editor' && held.some((r) => r.role === 'editor')
					? 'En redaktörs nyckel gäller bara den egna organisationen.'
					: 'Du kan bara ge nyckeln en roll som du själv har i länet, eller en lägre (administratör, samordnare, redaktör, läsare).'
			]
		});
	}
	const token = newToken('nara_');
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(apiTokens)
			.values({
				userId: actor.userId,
				name: parsed.data.name,
				tokenHash: hashToken(token),
				countyCode,
				role,
				organisationId
			})
			.returning({ id: apiTokens.id });
		await audit(tx, actor, {
			action: 'create',
			entityType: 'api_token',
			entityId: row!.id,
			countyCode,
			before: null,
			after: { name: parsed.data.name, role, organisationId }
		});
		return ok({ id: row!.id, token });
	});
}

/** Revokes one of the person's own API tokens (or any in the county, for an administrator). */
export async function revokeApiToken(
	db: Db,
	actor: Actor,
	tokenId: number
): Promise<Outcome<{ id: number }>> {
	if (actor.kind !== 'user') return forbidden();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(apiTokens)
			.where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)));
		if (!row) return notFound('Nyckeln finns inte eller är redan återkallad.');
		if (row.userId !== actor.userId && !canManageUsers(actor, row.countyCode)) return forbidden();
		await tx
			.update(apiTokens)
			.set({ revokedAt: sql`now()` })
			.where(eq(apiTokens.id, tokenId));
		await audit(tx, actor, {
			action: 'revoke',
			entityType: 'api_token',
			entityId: tokenId,
			countyCode: row.countyCode,
			before: { name: row.name, role: row.role },
			after: { revoked: true }
		});
		return ok({ id: tokenId });
	});
}

/** The person's own API tokens (never the tokens themselves). */
export async function listOwnApiTokens(db: Db, actor: Actor) {
	if (actor.kind !== 'user') return [];
	return db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			countyCode: apiTokens.countyCode,
			role: apiTokens.role,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt,
			revokedAt: apiTokens.revokedAt
		})
		.from(apiTokens)
		.where(eq(apiTokens.userId, actor.userId))
		.orderBy(asc(apiTokens.createdAt));
}
