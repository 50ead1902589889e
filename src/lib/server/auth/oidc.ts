import { config } from '../config.ts';

/** Whether single sign-on (OpenID Connect) is configured (OIDC_ISSUER and OIDC_CLIENT_ID). */
export function oidcEnabled(): boolean {
	return config().oidc !== undefined;
}
