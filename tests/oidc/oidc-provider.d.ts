/**
 * The few parts of oidc-provider (which ships no types) that the test
 * provider uses.
 */
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';

	export interface Account {
		accountId: string;
		claims(use: string, scope: string): Promise<Record<string, unknown>>;
	}

	export interface Configuration {
		clients?: Record<string, unknown>[];
		claims?: Record<string, string[] | null>;
		scopes?: string[];
		pkce?: { required?: (ctx: unknown, client: unknown) => boolean };
		features?: Record<string, { enabled: boolean }>;
		findAccount?: (ctx: unknown, sub: string) => Promise<Account | undefined>;
		cookies?: { keys?: string[] };
		jwks?: { keys: Record<string, unknown>[] };
		renderError?: (ctx: { type: string; body: string }, out: Record<string, string>) => void;
	}

	export default class Provider {
		constructor(issuer: string, configuration?: Configuration);
		callback(): (req: IncomingMessage, res: ServerResponse) => void;
	}
}
