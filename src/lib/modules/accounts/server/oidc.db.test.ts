import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { organisationId } from '../../../../../tests/kit/cast.ts';
import {
	authorizeAt,
	startTestProvider,
	type TestProvider
} from '../../../../../tests/oidc/provider.ts';

import { auditLog, roleAssignments, sessions, users } from '../../../app/tables.ts';
import {
	beginSignIn,
	callbackUrl,
	completeSignIn,
	rolesFromClaim,
	type OidcSettings
} from './oidc.ts';
import { actorForSession } from './sessions.ts';

/**
 * Single sign-on end to end against a real OpenID Connect provider
 * (oidc-provider) on loopback: the browser's part — the provider's login and
 * consent pages, the redirects, the cookies — is played over HTTP with fetch.
 */

const database = databaseForFile();
let provider: TestProvider;
let settings: OidcSettings;

beforeAll(async () => {
	provider = await startTestProvider(callbackUrl('http://localhost:5173'));
	settings = {
		issuer: provider.issuer,
		clientId: provider.clientId,
		clientSecret: provider.clientSecret,
		scopes: 'openid email profile nara',
		organisationClaim: 'organisation',
		rolesClaim: 'nara_roles'
	};
	const accounts: [string, Record<string, unknown>][] = [
		[
			'anna',
			{
				email: 'Anna.Lind@karlstad.se',
				email_verified: true,
				name: 'Anna Lind',
				organisation: '1780',
				nara_roles: ['coordinator']
			}
		],
		[
			'erik',
			{
				email: 'erik.berg@karlstad.se',
				name: 'Erik Berg',
				organisation: '1780',
				nara_roles: 'editor'
			}
		],
		[
			'region',
			{
				email: 'sara.holm@regionvarmland.se',
				name: 'Sara Holm',
				organisation: '0017',
				nara_roles: 'reader, superuser'
			}
		],
		[
			'okand',
			{ email: 'olle@example.org', name: 'Olle', organisation: '9999', nara_roles: ['admin'] }
		],
		['utan-epost', { name: 'Ingen Adress', organisation: '1780', nara_roles: ['reader'] }],
		// no organisation or roles claim: roles are given in Nära
		['ny', { email: 'ny.person@karlstad.se', name: 'Ny Person' }],
		['avbryter', { email: 'avbryter@karlstad.se', name: 'Avbryter', organisation: '1780' }],
		['overifierad', { email: 'lena@karlstad.se', email_verified: false, name: 'Lena' }]
	];
	for (const [id, claims] of accounts) provider.accounts.set(id, claims);
});

afterAll(() => provider?.close());

async function startAndAuthorize(accountId: string, options: { cancel?: boolean } = {}) {
	const begun = await beginSignIn(settings, provider.callbackUrl, '/lan/17/beslut');
	if (begun.kind !== 'ok') throw new Error(begun.message);
	const back = await authorizeAt(provider, begun.value.url, accountId, options);
	return { back, cookie: begun.value.cookie, url: begun.value.url };
}

/** The provider sends the browser back to `back`; it brings the sign-in cookie `cookie`. */
const callback = (back: URL, cookie: string | undefined) =>
	completeSignIn(database.db, settings, back, cookie, 'vitest');

async function signIn(accountId: string) {
	const { back, cookie } = await startAndAuthorize(accountId);
	return callback(back, cookie);
}

async function userByEmail(email: string) {
	const [user] = await database.db.select().from(users).where(eq(users.email, email));
	return user;
}

async function rolesOfUser(userId: number) {
	return database.db
		.select({
			countyCode: roleAssignments.countyCode,
			role: roleAssignments.role,
			organisationId: roleAssignments.organisationId,
			origin: roleAssignments.origin
		})
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId))
		.orderBy(asc(roleAssignments.role));
}

async function sessionsOf(userId: number) {
	return database.db.select().from(sessions).where(eq(sessions.userId, userId));
}

async function signInAudits(userId: number) {
	return database.db
		.select()
		.from(auditLog)
		.where(
			and(
				eq(auditLog.action, 'sign_in'),
				eq(auditLog.entityType, 'user'),
				eq(auditLog.entityId, String(userId))
			)
		)
		.orderBy(asc(auditLog.id));
}

describe('single sign-on through a real OpenID Connect provider', () => {
	test('the authorization request uses the code flow with PKCE (S256), state and nonce', async () => {
		const begun = await beginSignIn(settings, provider.callbackUrl, '/lan/17');
		if (begun.kind !== 'ok') throw new Error(begun.message);
		const q = begun.value.url.searchParams;
		expect(begun.value.url.origin).toBe(provider.issuer);
		expect(q.get('response_type')).toBe('code');
		expect(q.get('client_id')).toBe(provider.clientId);
		expect(q.get('redirect_uri')).toBe('http://localhost:5173/logga-in/sso/callback');
		expect(q.get('scope')).toBe('openid email profile nara');
		expect(q.get('code_challenge_method')).toBe('S256');
		expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
		expect(q.get('state')).toMatch(/^[\w-]{43}$/);
		expect(q.get('nonce')).toMatch(/^[\w-]{43}$/);
		// the verifier stays in this browser's cookie, never in the URL
		expect(begun.value.url.href).not.toContain('code_verifier');
	});

	test('a coordinator signs in and lands with the role from the claims, a session and one audit entry', async () => {
		const outcome = await signIn('anna');
		if (outcome.kind !== 'ok') throw new Error(outcome.message);
		expect(outcome.value.returnTo).toBe('/lan/17/beslut');
		expect(outcome.value.notice).toBeNull();

		const user = await userByEmail('anna.lind@karlstad.se');
		expect(user).toMatchObject({
			id: outcome.value.userId,
			name: 'Anna Lind',
			oidcIssuer: provider.issuer,
			oidcSubject: 'anna',
			passwordHash: null
		});
		expect(await rolesOfUser(user!.id)).toEqual([
			{ countyCode: '17', role: 'coordinator', organisationId: null, origin: 'oidc' }
		]);
		const rows = await sessionsOf(user!.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ method: 'oidc', userAgent: 'vitest' });

		// the session cookie's token is what the next request is recognised by
		const actor = await actorForSession(database.db, outcome.value.token);
		expect(actor).toMatchObject({
			kind: 'user',
			userId: user!.id,
			email: 'anna.lind@karlstad.se',
			name: 'Anna Lind',
			roles: [{ countyCode: '17', role: 'coordinator', organisationId: null }]
		});

		const entries = await signInAudits(user!.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			actorUserId: user!.id,
			actorLabel: 'Anna Lind <anna.lind@karlstad.se>',
			countyCode: '17',
			before: null,
			after: {
				method: 'oidc',
				issuer: provider.issuer,
				account: 'created',
				organisation: 'Karlstads kommun',
				rolesFromClaims: [{ countyCode: '17', role: 'coordinator', organisationId: null }],
				notice: null
			}
		});
	});

	test('an editor gets the organisation from the claim (SCB code 1780 → Karlstads kommun)', async () => {
		const outcome = await signIn('erik');
		if (outcome.kind !== 'ok') throw new Error(outcome.message);
		const karlstad = await organisationId(database.db, 'Karlstads kommun');
		expect(await rolesOfUser(outcome.value.userId)).toEqual([
			{ countyCode: '17', role: 'editor', organisationId: karlstad, origin: 'oidc' }
		]);
		expect(await userByEmail('erik.berg@karlstad.se')).toMatchObject({ name: 'Erik Berg' });
	});

	test('a Kolada id names the region; an unknown role is left out and the person is told', async () => {
		const outcome = await signIn('region');
		if (outcome.kind !== 'ok') throw new Error(outcome.message);
		expect(await rolesOfUser(outcome.value.userId)).toEqual([
			{ countyCode: '17', role: 'reader', organisationId: null, origin: 'oidc' }
		]);
		expect(outcome.value.notice).toBe(
			'Rollen ”superuser” finns inte i Nära och gavs inte (Nära har admin, coordinator, editor, moderator och reader).'
		);
	});

	test('an organisation Nära does not know signs the person in without roles, and says so', async () => {
		const outcome = await signIn('okand');
		if (outcome.kind !== 'ok') throw new Error(outcome.message);
		expect(await rolesOfUser(outcome.value.userId)).toEqual([]);
		expect(outcome.value.granted).toEqual([]);
		expect(outcome.value.notice).toBe(
			'Organisationen ”9999” från din inloggning finns inte i Nära, så du fick inga roller därifrån.'
		);
		const [entry] = await signInAudits(outcome.value.userId);
		expect(entry?.after).toMatchObject({ rolesFromClaims: [], organisation: null });
	});

	test('signing in again replaces the roles from the claims instead of adding to them', async () => {
		const first = await signIn('anna');
		const again = await signIn('anna');
		if (first.kind !== 'ok' || again.kind !== 'ok') throw new Error('sign-in failed');
		expect(again.value.userId).toBe(first.value.userId);
		expect(await rolesOfUser(again.value.userId)).toEqual([
			{ countyCode: '17', role: 'coordinator', organisationId: null, origin: 'oidc' }
		]);
		// nothing changed, so the account is as it was (no new revision for an editing administrator)
		const unchanged = await userByEmail('anna.lind@karlstad.se');
		expect(unchanged?.revision).toBe(1);

		provider.accounts.set('anna', {
			...provider.accounts.get('anna'),
			name: 'Anna Lind Berg',
			nara_roles: ['reader']
		});
		const changed = await signIn('anna');
		if (changed.kind !== 'ok') throw new Error(changed.message);
		expect(await rolesOfUser(changed.value.userId)).toEqual([
			{ countyCode: '17', role: 'reader', organisationId: null, origin: 'oidc' }
		]);
		expect(await userByEmail('anna.lind@karlstad.se')).toMatchObject({
			name: 'Anna Lind Berg',
			revision: 2
		});
		expect(
			await database.db.select().from(users).where(eq(users.oidcSubject, 'anna'))
		).toHaveLength(1);
		const entries = await signInAudits(changed.value.userId);
		expect(entries.at(-1)).toMatchObject({
			before: {
				rolesFromClaims: [{ countyCode: '17', role: 'coordinator', organisationId: null }]
			},
			after: {
				account: 'existing',
				rolesFromClaims: [{ countyCode: '17', role: 'reader', organisationId: null }]
			}
		});
		// every sign-in is its own session
		expect(await sessionsOf(changed.value.userId)).toHaveLength(4);
	});

	test('an existing local account is linked by e-mail, and its local roles survive', async () => {
		const [local] = await database.db
			.insert(users)
			.values({ email: 'maria.strom@karlstad.se', name: 'Maria Ström', passwordHash: 'x' })
			.returning();
		await database.db.insert(roleAssignments).values([
			{ userId: local!.id, countyCode: '20', role: 'reader', origin: 'local' },
			{ userId: local!.id, countyCode: '17', role: 'coordinator', origin: 'local' }
		]);
		provider.accounts.set('maria', {
			email: 'maria.strom@karlstad.se',
			name: 'Maria Ström',
			organisation: '1780',
			nara_roles: ['coordinator', 'admin']
		});

		const outcome = await signIn('maria');
		if (outcome.kind !== 'ok') throw new Error(outcome.message);
		expect(outcome.value.userId).toBe(local!.id);
		expect(await userByEmail('maria.strom@karlstad.se')).toMatchObject({
			oidcIssuer: provider.issuer,
			oidcSubject: 'maria',
			passwordHash: 'x'
		});
		// the coordinator role she already had from Nära stays local; admin comes from the claims
		expect(await rolesOfUser(local!.id)).toEqual([
			{ countyCode: '17', role: 'admin', organisationId: null, origin: 'oidc' },
			{ countyCode: '17', role: 'coordinator', organisationId: null, origin: 'local' },
			{ countyCode: '20', role: 'reader', organisationId: null, origin: 'local' }
		]);
		expect((await signInAudits(local!.id))[0]?.after).toMatchObject({ account: 'linked' });

		// the provider takes the roles away: only what came from it goes
		provider.accounts.set('maria', { ...provider.accounts.get('maria'), nara_roles: [] });
		const again = await signIn('maria');
		if (again.kind !== 'ok') throw new Error(again.message);
		expect(await rolesOfUser(local!.id)).toEqual([
			{ countyCode: '17', role: 'coordinator', organisationId: null, origin: 'local' },
			{ countyCode: '20', role: 'reader', organisationId: null, origin: 'local' }
		]);
		expect(again.value.notice).toBe(
			'Din organisations inloggning skickade inga roller för Nära (anspråket nara_roles).'
		);
	});
});

describe('single sign-on refuses what it cannot trust', () => {
	test('a tampered state is refused and nothing is written', async () => {
		const { back, cookie } = await startAndAuthorize('ny');
		const tampered = new URL(back);
		tampered.searchParams.set('state', 'x'.repeat(43));
		expect(await callback(tampered, cookie)).toEqual({
			kind: 'forbidden',
			message:
				'Svaret från inloggningstjänsten hörde inte till din inloggning och togs inte emot. Börja om från inloggningssidan.'
		});
		expect(await userByEmail('ny.person@karlstad.se')).toBeUndefined();
	});

	test("the callback is bound to the browser that started it: another sign-in's cookie is refused", async () => {
		const mine = await startAndAuthorize('ny');
		const theirs = await beginSignIn(settings, provider.callbackUrl, '/');
		if (theirs.kind !== 'ok') throw new Error(theirs.message);
		const before = await database.db.select().from(sessions);
		const outcome = await callback(mine.back, theirs.value.cookie);
		expect(outcome.kind).toBe('forbidden');
		const noCookie = await callback(mine.back, undefined);
		expect(noCookie).toEqual({
			kind: 'forbidden',
			message:
				'Inloggningen hann gå ut eller startades i en annan webbläsare. Börja om från inloggningssidan.'
		});
		expect(await database.db.select().from(sessions)).toHaveLength(before.length);
		expect(await userByEmail('ny.person@karlstad.se')).toBeUndefined();
	});

	test('a code is used once: the same callback a second time is refused', async () => {
		const { back, cookie } = await startAndAuthorize('ny');
		const first = await callback(back, cookie);
		if (first.kind !== 'ok') throw new Error(first.message);
		const replay = await callback(back, cookie);
		expect(replay).toEqual({
			kind: 'forbidden',
			message:
				'Inloggningstjänsten godtog inte inloggningen, så du loggades inte in. Börja om från inloggningssidan.'
		});
		expect(await sessionsOf(first.value.userId)).toHaveLength(1);
		// the person has no role at all yet, and is told what to do
		expect(first.value.notice).toBe(
			'Du är inloggad men har ännu ingen roll i Nära. Be en administratör i ditt län om en roll.'
		);
	});

	test('a person who cancels at the provider is not signed in', async () => {
		const { back, cookie } = await startAndAuthorize('avbryter', { cancel: true });
		expect(back.searchParams.get('error')).toBe('access_denied');
		expect(await callback(back, cookie)).toEqual({
			kind: 'forbidden',
			message:
				'Inloggningen avbröts hos din organisations inloggningstjänst, så du loggades inte in. Börja om om du vill försöka igen.'
		});
		expect(await userByEmail('avbryter@karlstad.se')).toBeUndefined();
	});

	test('without an e-mail address the person is not signed in', async () => {
		const [{ n: before }] =
			(await database.sql`select count(*)::int as n from users`) as unknown as [{ n: number }];
		const outcome = await signIn('utan-epost');
		const message =
			'Din organisations inloggning skickade ingen e-postadress, och Nära behöver den för att känna igen dig. Be ditt IT-stöd att skicka anspråket email.';
		expect(outcome).toEqual({ kind: 'invalid', message, fields: { email: [message] } });
		const [{ n: after }] =
			(await database.sql`select count(*)::int as n from users`) as unknown as [{ n: number }];
		expect(after).toBe(before);
	});

	test('an address the provider says is unverified is not trusted', async () => {
		const outcome = await signIn('overifierad');
		expect(outcome.kind).toBe('forbidden');
		expect(outcome.kind !== 'ok' && outcome.message).toContain('email_verified');
		expect(await userByEmail('lena@karlstad.se')).toBeUndefined();
	});

	test('a provider that cannot be reached gives a clear message', async () => {
		const closed = await startTestProvider(provider.callbackUrl);
		await closed.close();
		const outcome = await beginSignIn(
			{ ...settings, issuer: closed.issuer },
			provider.callbackUrl,
			'/'
		);
		expect(outcome).toEqual({
			kind: 'unavailable',
			message:
				'Det gick inte att nå din organisations inloggningstjänst. Försök igen om en stund, eller logga in med e-post och lösenord.'
		});
	});

	test('plain http is allowed only on loopback', async () => {
		const outcome = await beginSignIn(
			{ ...settings, issuer: 'http://idp.example.org' },
			provider.callbackUrl,
			'/'
		);
		expect(outcome).toEqual({
			kind: 'unavailable',
			message:
				'Inloggningstjänsten (OIDC_ISSUER) måste nås över https. Be den som driftar Nära att rätta inställningen.'
		});
	});

	test.each([
		[['coordinator'], ['coordinator'], []],
		['editor', ['editor'], []],
		['reader, coordinator', ['reader', 'coordinator'], []],
		['Admin  superuser,', ['admin'], ['superuser']],
		[undefined, [], []],
		[42, [], []]
	])('the roles claim %j gives %j (unknown %j)', (value, roles, unknown) => {
		expect(rolesFromClaim(value)).toEqual({ roles, unknown });
	});
});
