import type { Db } from '$lib/platform/db/client.ts';
import type { Locale } from '$lib/i18n/index.ts';
import type { Actor } from '$lib/core/actor.ts';

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
		}
	}
}

export {};
