import type { Db } from '#lib/platform/db/client.ts';
import type { Locale } from '#lib/i18n/index.ts';
import type { Actor } from '#lib/core/actor.ts';
import type { Outcome } from '#lib/core/outcome.ts';
import type { County as CountyRow } from '#lib/modules/counties/schema.ts';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			/** the read-only replica (DATABASE_READ_URL) for heavy reads that may lag a moment; else db */
			readDb: Db;
			locale: Locale;
			/** who is asking: anonymous, or a person by session cookie or API token */
			actor: Actor;
			/** the session cookie's token, when signed in by cookie */
			sessionToken: string | null;
			/**
			 * The county of the URL (`[county]` or `[code]`), looked up at most once
			 * per request; not_found when there is none. Read it with pageCounty or
			 * apiCounty (#lib/platform/request.ts).
			 */
			county: () => Promise<Outcome<County>>;
		}
		type County = CountyRow;
		interface Error {
			message: string;
			/** under /api/: the error's code in the API's error shape (api-error.ts) */
			code?: string;
		}
	}
}

export {};
