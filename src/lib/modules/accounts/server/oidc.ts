import { and, eq, ne, or, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { z } from '../../../core/zod.ts';
import { audit } from '../../../platform/audit.ts';
import { config, type Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/client.ts';
import { organisations } from '../../counties/tables.ts';
import { roleAssignments, users } from '../tables.ts';
import { ok, type Outcome } from '../../../core/outcome.ts';
import type { Actor, Role, RoleGrant } from '../../../core/actor.ts';
import { safeReturnPath } from './cookies.ts';
import { createSession, rolesOf } from './sessions.ts';

/**
 * Single sign-on with OpenID Connect: the authorization code flow with PKCE
 * against any standard provider (Inera's IdP, Keycloak, Entra ID, or a
 * SAML→OIDC proxy in front of a federation such as Sambi). See
 * docs/decisions/0004-single-sign-on.md.
 *
 * The functions take the settings explicitly (the routes pass config().oidc,
 * tests their own provider's), and end in the same database sessions as a
 * password sign-in.
 */

export type OidcSettings = NonNullable<Config['oidc']>;

/** An outcome of single sign-on: also `unavailable` when the provider cannot be reached. */
export type SsoOutcome<T> = Outcome<T> | { kind: 'unavailable'; message: string };

export interface OidcSignedIn {
	token: string;
	expiresAt: Date;
	userId: number;
	/** the path on this site to go to now */
	returnTo: string;
	/** the roles the provider's claims gave */
	granted: RoleGrant[];
	/** set when the person should know something about their roles (e.g. none were given) */
	notice: string | null;
}

/** Whether single sign-on (OpenID Connect) is configured (OIDC_ISSUER and OIDC_CLIENT_ID). */
export function oidcEnabled(): boolean {
	return config().oidc !== undefined;
}

/** The settings of this installation, or undefined when single sign-on is not configured. */
export function oidcSettings(): OidcSettings | undefined {
	return config().oidc;
}

/** The short-lived cookie that carries the PKCE verifier, state and nonce to the callback. */
export const SSO_COOKIE = 'nara_sso';
export const SSO_COOKIE_PATH = '/logga-in/sso';
export const SSO_MAX_AGE_SECONDS = 10 * 60;

/** The callback address for a request to this site (what the provider must have registered). */
export function callbackUrl(origin: string): string {
	return `${origin}${SSO_COOKIE_PATH}/callback`;
}

/** Options for the SSO cookie: only this browser, only the SSO routes, ten minutes. */
export function ssoCookieOptions(url: URL) {
	return {
		path: SSO_COOKIE_PATH,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: SSO_MAX_AGE_SECONDS
	};
}

const PendingSignIn = z.object({
	issuer: z.string(),
	codeVerifier: z.string().min(43),
	state: z.string().min(20),
	nonce: z.string().min(20),
	returnTo: z.string(),
	startedAt: z.number()
});
type PendingSignIn = z.infer<typeof PendingSignIn>;

function encodePending(p: PendingSignIn): string {
	return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decodePending(value: string | undefined): PendingSignIn | undefined {
	if (!value) return undefined;
	try {
		const parsed = PendingSignIn.safeParse(
			JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
		);
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

// ——— Messages (one line each, in Swedish) ———————————————————————————————

const UNREACHABLE =
	'Det gick inte att nå din organisations inloggningstjänst. Försök igen om en stund, eller logga in med e-post och lösenord.';
const NOT_HTTPS =
	'Inloggningstjänsten (OIDC_ISSUER) måste nås över https. Be den som driftar Nära att rätta inställningen.';
const EXPIRED =
	'Inloggningen hann gå ut eller startades i en annan webbläsare. Börja om från inloggningssidan.';
const STATE_MISMATCH =
	'Svaret från inloggningstjänsten hörde inte till din inloggning och togs inte emot. Börja om från inloggningssidan.';
const DENIED =
	'Inloggningen avbröts hos din organisations inloggningstjänst, så du loggades inte in. Börja om om du vill försöka igen.';
const NOT_VERIFIED =
	'Svaret från inloggningstjänsten kunde inte kontrolleras, så du loggades inte in. Börja om från inloggningssidan.';
const REFUSED =
	'Inloggningstjänsten godtog inte inloggningen, så du loggades inte in. Börja om från inloggningssidan.';
const NO_EMAIL =
	'Din organisations inloggning skickade ingen e-postadress, och Nära behöver den för att känna igen dig. Be ditt IT-stöd att skicka anspråket email.';
const EMAIL_NOT_VERIFIED =
	'Din organisations inloggning har inte bekräftat din e-postadress (email_verified), så du loggades inte in. Kontakta ditt IT-stöd.';
const DISABLED = 'Ditt konto i Nära är avstängt. Kontakta en administratör i ditt län.';
const OTHER_IDENTITY =
	'E-postadressen hör redan till ett annat konto i Nära som loggar in på annat sätt. Be en administratör i ditt län om hjälp.';

const unavailable = (message = UNREACHABLE) => ({ kind: 'unavailable' as const, message });
const refused = (message: string) => ({ kind: 'forbidden' as const, message });

function isLoopback(u: URL): boolean {
	return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
}

/** What went wrong talking to the provider, as an outcome the person can act on. */
function failure(err: unknown): { kind: 'unavailable' | 'forbidden'; message: string } {
	// the person sees a plain message; whoever runs Nära needs the cause
	const cause = (err as { cause?: unknown }).cause;
	console.warn(
		`Single sign-on misslyckades: ${err instanceof Error ? err.message : String(err)}${cause instanceof Error ? ` (${cause.message})` : ''}`
	);
	if (err instanceof client.AuthorizationResponseError) {
		return refused(err.error === 'access_denied' ? DENIED : REFUSED);
	}
	if (err instanceof client.ResponseBodyError) return refused(REFUSED);
	const code = (err as { code?: string }).code;
	if (code === 'OAUTH_HTTP_REQUEST_FORBIDDEN') return unavailable(NOT_HTTPS);
	if (
		err instanceof TypeError ||
		code === 'OAUTH_TIMEOUT' ||
		code === 'OAUTH_ABORT' ||
		code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ||
		code === 'OAUTH_RESPONSE_IS_NOT_JSON'
	) {
		return unavailable();
	}
	return refused(NOT_VERIFIED);
}

// ——— The provider's configuration, discovered once per issuer ——————————————

const discovered = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's metadata and this client, from the issuer's discovery
 * document. Cached per issuer and client; a failed discovery is forgotten so
 * the next attempt tries again. Plain http is allowed only on loopback (tests
 * and local development); anywhere else openid-client insists on https.
 */
function providerConfiguration(settings: OidcSettings): Promise<client.Configuration> {
	const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret ?? null]);
	let found = discovered.get(key);
	if (!found) {
		const issuer = new URL(settings.issuer);
		const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
		found = client.discovery(
			issuer,
			settings.clientId,
			settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
			settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
			{ timeout: 10, execute: insecure ? [client.allowInsecureRequests] : [] }
		);
		discovered.set(key, found);
		found.catch(() => discovered.delete(key));
	}
	return found;
}

// ——— Starting ——————————————————————————————————————————————————————————

/**
 * Starts a sign-in: the provider's authorization URL (code flow, PKCE S256,
 * state and nonce) and the value of the SSO cookie that must come back with
 * the callback in the same browser.
 */
export async function beginSignIn(
	settings: OidcSettings,
	redirectUri: string,
	returnTo: string | null | undefined
): Promise<SsoOutcome<{ url: URL; cookie: string }>> {
	let configuration: client.Configuration;
	try {
		configuration = await providerConfiguration(settings);
	} catch (err) {
		const f = failure(err);
		return unavailable(f.kind === 'unavailable' ? f.message : UNREACHABLE);
	}
	const pending: PendingSignIn = {
		issuer: settings.issuer,
		codeVerifier: client.randomPKCECodeVerifier(),
		state: client.randomState(),
		nonce: client.randomNonce(),
		returnTo: safeReturnPath(returnTo),
		startedAt: Date.now()
	};
	const url = client.buildAuthorizationUrl(configuration, {
		redirect_uri: redirectUri,
		scope: settings.scopes,
		code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
		code_challenge_method: 'S256',
		state: pending.state,
		nonce: pending.nonce,
		ui_locales: 'sv'
	});
	return ok({ url, cookie: encodePending(pending) });
}

// ——— Claims → roles ——————————————————————————————————————————————————————

const ROLES: readonly Role[] = ['admin', 'coordinator', 'editor', 'moderator', 'reader'];

/** The roles in a claim: an array, or a string separated by spaces or commas. */
export function rolesFromClaim(value: unknown): { roles: Role[]; unknown: string[] } {
	const names = (
		Array.isArray(value)
			? value.map((v) => String(v))
			: typeof value === 'string'
				? value.split(/[\s,]+/)
				: []
	)
		.map((v) => v.trim().toLowerCase())
		.filter((v) => v !== '');
	const roles = [...new Set(names.filter((n): n is Role => ROLES.includes(n as Role)))];
	const unknown = [...new Set(names.filter((n) => !ROLES.includes(n as Role)))];
	return { roles, unknown };
}

function claimText(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' ? undefined : text;
}

interface ClaimedRoles {
	grants: RoleGrant[];
	organisation: { id: number; name: string; countyCode: string | null } | null;
	/** why the claims gave fewer roles than they asked for; null when all is well */
	notice: string | null;
}

/**
 * The roles the claims give: each named role in the county of the named
 * organisation (found by SCB code or Kolada id); an editor edits that
 * organisation's content. Nothing when the organisation or roles are unknown.
 */
async function rolesFromClaims(
	db: Db,
	settings: OidcSettings,
	claims: Record<string, unknown>
): Promise<ClaimedRoles> {
	const orgValue = claimText(claims[settings.organisationClaim]);
	const rolesValue = claims[settings.rolesClaim];
	const { roles, unknown } = rolesFromClaim(rolesValue);
	// neither claim at all: roles are managed in Nära, not by the provider
	if (orgValue === undefined && rolesValue === undefined)
		return { grants: [], organisation: null, notice: null };
	if (orgValue === undefined) {
		return {
			grants: [],
			organisation: null,
			notice: `Din organisations inloggning skickade ingen organisation (anspråket ${settings.organisationClaim}), så du fick inga roller därifrån.`
		};
	}
	const [org] = await db
		.select({
			id: organisations.id,
			name: organisations.name,
			countyCode: organisations.countyCode
		})
		.from(organisations)
		.where(or(eq(organisations.scbCode, orgValue), eq(organisations.koladaId, orgValue)))
		.limit(1);
	if (!org) {
		return {
			grants: [],
			organisation: null,
			notice: `Organisationen ”${orgValue.slice(0, 40)}” från din inloggning finns inte i Nära, så du fick inga roller därifrån.`
		};
	}
	if (!org.countyCode) {
		return {
			grants: [],
			organisation: org,
			notice: `${org.name} hör inte till något län i Nära, så du fick inga roller därifrån.`
		};
	}
	const countyCode = org.countyCode;
	const grants = roles.map((role) => ({
		countyCode,
		role,
		organisationId: role === 'editor' ? org.id : null
	}));
	const notices: string[] = [];
	if (unknown.length) {
		notices.push(
			`Rollen ${unknown.map((u) => `”${u.slice(0, 40)}”`).join(', ')} finns inte i Nära och gavs inte (Nära har admin, coordinator, editor, moderator och reader).`
		);
	} else if (roles.length === 0) {
		notices.push(
			`Din organisations inloggning skickade inga roller för Nära (anspråket ${settings.rolesClaim}).`
		);
	}
	return { grants, organisation: org, notice: notices.join(' ') || null };
}

// ——— Completing ——————————————————————————————————————————————————————————

/**
 * Completes a sign-in at the callback: checks that the response belongs to
 * the sign-in this browser started (state, PKCE, nonce), exchanges the code,
 * reads the claims (ID token and userinfo), finds or creates the person,
 * replaces the roles that came from earlier claims with the ones the claims
 * give now (roles given in Nära stay), starts a session and audits it.
 */
export async function completeSignIn(
	db: Db,
	settings: OidcSettings,
	currentUrl: URL,
	cookieValue: string | undefined,
	userAgent = ''
): Promise<SsoOutcome<OidcSignedIn>> {
	const pending = decodePending(cookieValue);
	if (
		!pending ||
		pending.issuer !== settings.issuer ||
		Date.now() - pending.startedAt > SSO_MAX_AGE_SECONDS * 1000
	) {
		return refused(EXPIRED);
	}
	if (currentUrl.searchParams.get('state') !== pending.state) return refused(STATE_MISMATCH);
	if (currentUrl.searchParams.get('error') === 'access_denied') return refused(DENIED);

	let claims: Record<string, unknown>;
	try {
		const configuration = await providerConfiguration(settings);
		const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
			pkceCodeVerifier: pending.codeVerifier,
			expectedState: pending.state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
		const idClaims = tokens.claims();
		if (!idClaims) return refused(NOT_VERIFIED);
		// with an access token, providers often put profile claims only in userinfo
		const userinfo = configuration.serverMetadata().userinfo_endpoint
			? await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
			: {};
		claims = { ...idClaims, ...userinfo, sub: idClaims.sub };
	} catch (err) {
		return failure(err);
	}

	const subject = String(claims.sub);
	const email = claimText(claims.email)?.toLowerCase();
	if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
		return { kind: 'invalid', message: NO_EMAIL, fields: { email: [NO_EMAIL] } };
	}
	if (claims.email_verified === false) return refused(EMAIL_NOT_VERIFIED);
	const name = (
		claimText(claims.name) ??
		([claimText(claims.given_name), claimText(claims.family_name)].filter(Boolean).join(' ') ||
			email)
	).slice(0, 200);

	const claimed = await rolesFromClaims(db, settings, claims);

	const provisioned = await db.transaction(async (tx) => {
		const [bySubject] = await tx
			.select()
			.from(users)
			.where(and(eq(users.oidcIssuer, settings.issuer), eq(users.oidcSubject, subject)));
		const [byEmail] = bySubject
			? [undefined]
			: await tx.select().from(users).where(eq(users.email, email));
		const existing = bySubject ?? byEmail;
		if (existing?.disabledAt) return refused(DISABLED);
		if (byEmail && byEmail.oidcSubject !== null)
			return { kind: 'conflict' as const, message: OTHER_IDENTITY };

		let user: { id: number; email: string; name: string };
		let account: 'created' | 'linked' | 'existing';
		if (!existing) {
			[user] = (await tx
				.insert(users)
				.values({ email, name, oidcIssuer: settings.issuer, oidcSubject: subject })
				.returning({ id: users.id, email: users.email, name: users.name })) as [typeof user];
			account = 'created';
		} else {
			// a changed address is taken over only when no one else in Nära has it
			const [taken] =
				existing.email === email
					? []
					: await tx
							.select({ id: users.id })
							.from(users)
							.where(and(eq(users.email, email), ne(users.id, existing.id)));
			const changes = {
				name,
				email: taken ? existing.email : email,
				oidcIssuer: settings.issuer,
				oidcSubject: subject
			};
			const changed = (Object.keys(changes) as (keyof typeof changes)[]).some(
				(k) => existing[k] !== changes[k]
			);
			if (changed) {
				// a new revision, so that an administrator editing the person sees the change
				await tx
					.update(users)
					.set({ ...changes, updatedAt: sql`now()`, revision: sql`${users.revision} + 1` })
					.where(eq(users.id, existing.id));
			}
			user = { id: existing.id, email: changes.email, name };
			account = bySubject ? 'existing' : 'linked';
		}

		const before = await tx
			.delete(roleAssignments)
			.where(and(eq(roleAssignments.userId, user.id), eq(roleAssignments.origin, 'oidc')))
			.returning({
				countyCode: roleAssignments.countyCode,
				organisationId: roleAssignments.organisationId,
				role: roleAssignments.role
			});
		if (claimed.grants.length) {
			// a role the person already holds from Nära itself stays as it is
			await tx
				.insert(roleAssignments)
				.values(claimed.grants.map((g) => ({ ...g, userId: user.id, origin: 'oidc' })))
				.onConflictDoNothing();
		}
		const actor: Actor = {
			kind: 'user',
			userId: user.id,
			email: user.email,
			name: user.name,
			roles: claimed.grants,
			via: 'session'
		};
		await audit(tx, actor, {
			action: 'sign_in',
			entityType: 'user',
			entityId: user.id,
			countyCode: claimed.organisation?.countyCode ?? null,
			before: account === 'created' ? null : { rolesFromClaims: before },
			after: {
				method: 'oidc',
				issuer: settings.issuer,
				account,
				organisation: claimed.organisation?.name ?? null,
				rolesFromClaims: claimed.grants,
				notice: claimed.notice
			}
		});
		return ok({ userId: user.id });
	});
	if (provisioned.kind !== 'ok') return provisioned;

	const { userId } = provisioned.value;
	const held = await rolesOf(db, userId);
	const notice =
		claimed.notice ??
		(held.length === 0
			? 'Du är inloggad men har ännu ingen roll i Nära. Be en administratör i ditt län om en roll.'
			: null);
	const session = await createSession(db, userId, 'oidc', userAgent);
	return ok({
		...session,
		userId,
		returnTo: safeReturnPath(pending.returnTo),
		granted: claimed.grants,
		notice
	});
}
