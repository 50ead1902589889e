import type { Db } from '$lib/server/db/client.ts';
import type { Locale } from '$lib/i18n/index.ts';
import type { Actor } from '$lib/server/auth/actor.ts';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			locale: Locale;
			/** who is asking: anonymous, or a person by session cookie or API token */
			actor: Actor;
			/** the session cookie's token, when signed in by cookie */
			sessionToken: string | null;
		}
		interface Error {
			message: string;
			/** under /api/: the error's code in the API's error shape (api-error.ts) */
			code?: string;
		}
	}
}

export {};
