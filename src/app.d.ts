import type { Db } from '$lib/server/db/client.ts';
import type { Locale } from '$lib/i18n/index.ts';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			locale: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
