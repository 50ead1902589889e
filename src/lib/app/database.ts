import { eq } from 'drizzle-orm';
import type { Config } from '../platform/config.ts';
import { migrateDatabase, openDatabase, type Database, type Db } from '../platform/db/client.ts';
import { roleAssignments } from '../modules/accounts/tables.ts';
import type { Log } from '../platform/app.ts';
import { isEmpty, seedDatabase } from './seed/seed.ts';

/** Opens the database, applies migrations (unless NARA_SKIP_MIGRATIONS) and seeds an empty one. */
export async function prepareDatabase(cfg: Config, role: string, log: Log): Promise<Database> {
	const database = await openDatabase(cfg, { role, log });
	try {
		if (!cfg.skipMigrations) await migrateDatabase(database);
		if (!cfg.skipSeed && (await isEmpty(database.db))) {
			log('Databasen är tom: läser in referensdata och innehållet från källdokumenten …');
			const result = await seedDatabase(database.db);
			log(`Inläst: ${result.total} rader.`);
		}
		if (!cfg.skipMigrations && !(await hasAdministrator(database.db))) {
			log(
				`Ingen administratör finns ännu. Skapa den första med: npx nara admin create --email <e-post> --county ${cfg.defaultCountyCode}`
			);
		}
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
