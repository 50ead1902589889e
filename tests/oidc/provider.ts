import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (the certified oidc-provider package) on
 * 127.0.0.1 with a random port, for tests of single sign-on. It is the
 * "outside" that tests fake: everything in between — discovery, the
 * authorization request with PKCE, its own login and consent pages, the code,
 * the token and userinfo endpoints, signed ID tokens — is the real protocol.
 */

export interface TestAccount {
	email?: string;
	email_verified?: boolean;
	name?: string;
	organisation?: string;
	nara_roles?: string[] | string;
}

export interface TestProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** where the provider sends the browser back (never fetched: the test reads the redirect) */
	callbackUrl: string;
	/** the provider's people by account id; change them between sign-ins to change the claims */
	accounts: Map<string, TestAccount>;
	close(): Promise<void>;
}

export async function startTestProvider(callbackUrl: string): Promise<TestProvider> {
	const server = http.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const clientId = 'nara-test';
	const clientSecret = randomBytes(32).toString('base64url');
	const accounts = new Map<string, TestAccount>();
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: [callbackUrl],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		pkce: { required: () => true },
		features: { devInteractions: { enabled: true } },
		claims: {
			openid: ['sub'],
			email: ['email', 'email_verified'],
			profile: ['name'],
			nara: ['organisation', 'nara_roles']
		},
		cookies: { keys: [randomBytes(32).toString('hex')] },
		jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256' }] },
		findAccount: async (_ctx, sub) => {
			const account = accounts.get(sub);
			if (!account) return undefined;
			return { accountId: sub, claims: async () => ({ sub, ...account }) };
		}
	});
	server.on('request', provider.callback());

	return {
		issuer,
		clientId,
		clientSecret,
		callbackUrl,
		accounts,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((err) => (err ? reject(err) : resolve()));
			})
	};
}

/** The cookies of one browser, by name (enough for one site on loopback). */
class CookieJar {
	private cookies = new Map<string, string>();

	store(response: Response): void {
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const at = pair!.indexOf('=');
			const name = pair!.slice(0, at).trim();
			const expired = attributes.some(
				(a) =>
					/^\s*max-age=0\s*$/i.test(a) ||
					(/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now())
			);
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, pair!.slice(at + 1).trim());
		}
	}

	header(): string {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

const unescapeHtml = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&#x2F;/gi, '/')
		.replace(/&#x3D;/gi, '=');

/**
 * Plays the browser at the provider: opens the authorization URL, signs in
 * on the provider's login page as `accountId`, confirms the consent page (or
 * presses Cancel when `cancel` is set), and returns the URL the provider
 * sends the browser back to — the callback with `code` and `state`.
 */
export async function authorizeAt(
	provider: TestProvider,
	authorizationUrl: URL,
	accountId: string,
	options: { cancel?: boolean } = {}
): Promise<URL> {
	const jar = new CookieJar();
	let url = authorizationUrl.href;
	let body: URLSearchParams | undefined;
	for (let step = 0; step < 12; step++) {
		const response = await fetch(url, {
			method: body ? 'POST' : 'GET',
			body,
			redirect: 'manual',
			headers: {
				cookie: jar.header(),
				...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			}
		});
		jar.store(response);
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			const next = new URL(location, url);
			if (next.href.startsWith(provider.callbackUrl)) return next;
			url = next.href;
			body = undefined;
			continue;
		}
		const html = await response.text();
		if (response.status !== 200) {
			throw new Error(`the provider answered ${response.status} at ${url}: ${html.slice(0, 500)}`);
		}
		const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
		const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
		if (!action || !prompt) throw new Error(`no login or consent form at ${url}`);
		if (options.cancel) {
			const cancel = html.match(/<a href="([^"]+)">\[ Cancel \]<\/a>/)?.[1];
			if (!cancel) throw new Error(`no Cancel link at ${url}`);
			url = new URL(unescapeHtml(cancel), url).href;
			body = undefined;
			continue;
		}
		body =
			prompt === 'login'
				? new URLSearchParams({ prompt, login: accountId, password: 'any' })
				: new URLSearchParams({ prompt });
		url = new URL(unescapeHtml(action), url).href;
	}
	throw new Error('the provider did not send the browser back to the callback');
}
