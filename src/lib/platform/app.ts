import { config, type Config } from './config.ts';
import { migrateDatabase, openDatabase, type Database, type Db } from './db/client.ts';
import { eq } from 'drizzle-orm';
import { roleAssignments } from './db/schema.ts';
import { isEmpty, seedDatabase } from '../app/seed/seed.ts';

/**
 * The one database of this process, shared between the CLI (which starts it
 * before the web server) and the SvelteKit bundle (which has its own copy of
 * these modules, hence globalThis).
 */
const KEY = Symbol.for('nara.database');
type Registry = { [KEY]?: Promise<Database> };
const registry = globalThis as unknown as Registry;

export type Log = (message: string) => void;

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

/** Registers the database opened by the CLI for the web server in the same process. */
export function provideDatabase(database: Promise<Database>): void {
	registry[KEY] = database;
}

/** The database for the web server: the one the CLI opened, or (under `vite dev`) a new one. */
export function appDatabase(): Promise<Database> {
	registry[KEY] ??= prepareDatabase(config(), 'web', (m) => console.log(m));
	return registry[KEY];
}

/** Renews the pool of this process's database after a connection broke; nothing if none is open. */
export function renewAppDatabase(): void {
	void registry[KEY]?.then(
		(d) => d.renew(),
		() => {}
	);
}

export async function db(): Promise<Db> {
	return (await appDatabase()).db;
}

/** Closes the database of this process, if one was opened (waiting `timeoutSeconds` for queries). */
export async function closeAppDatabase(timeoutSeconds?: number): Promise<void> {
	const pending = registry[KEY];
	delete registry[KEY];
	if (pending) await (await pending).close(timeoutSeconds);
}

async function hasAdministrator(db: Db): Promise<boolean> {
	const [row] = await db
		.select({ id: roleAssignments.id })
		.from(roleAssignments)
		.where(eq(roleAssignments.role, 'admin'))
		.limit(1);
	return row !== undefined;
}
