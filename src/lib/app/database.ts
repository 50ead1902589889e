import { eq } from 'drizzle-orm';
import type { Config } from '../platform/config.ts';
import {
	migrateDatabase,
	openDatabase,
	type Database,
	type Db,
	type OpenOptions
} from '../platform/db/client.ts';
import { roleAssignments } from '../modules/accounts/tables.ts';
import type { Log } from '../platform/app.ts';
import { isEmpty, seedDatabase } from './seed/seed.ts';

/** Opens the database, applies migrations (unless NARA_SKIP_MIGRATIONS) and seeds an empty one. */
export async function prepareDatabase(cfg: Config, role: string, log: Log): Promise<Database> {
	return openSeeded(cfg, { role, log }, async (db) => {
		if (!cfg.skipMigrations && !(await hasAdministrator(db))) {
			log(
				`Ingen administratör finns ännu. Skapa den första med: npx nara admin create --email <e-post> --county ${cfg.defaultCountyCode}`
			);
		}
	});
}

/**
 * The database, migrated (unless NARA_SKIP_MIGRATIONS) and seeded when empty
 * (unless NARA_SKIP_SEED), after `then` has looked at it; closed again when a
 * step fails.
 */
export async function openSeeded(
	cfg: Config,
	options: OpenOptions & { log: Log },
	then?: (db: Db) => Promise<void>
): Promise<Database> {
	const database = await openDatabase(cfg, options);
	try {
		if (!cfg.skipMigrations) await migrateDatabase(database);
		if (!cfg.skipSeed && (await isEmpty(database.db))) {
			options.log('Databasen är tom: läser in referensdata och innehållet från källdokumenten …');
			const result = await seedDatabase(database.db);
			options.log(`Inläst: ${result.total} rader.`);
		}
		await then?.(database.db);
		return database;
	} catch (e) {
		await database.close();
		throw e;
	}
}

async function hasAdministrator(db: Db): Promise<boolean> {
	const [row] = await db
		.select({ id: roleAssignments.id })
		.from(roleAssignments)
		.where(eq(roleAssignments.role, 'admin'))
		.limit(1);
	return row !== undefined;
}
