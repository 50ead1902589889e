import type { Database } from './db/client.ts';

/**
 * The one database of this process, shared between the CLI (which starts it
 * before the web server) and the SvelteKit bundle (which has its own copy of
 * these modules, hence globalThis).
 */
const KEY = Symbol.for('nara.database');
type Registry = { [KEY]?: Promise<Database> };
const registry = globalThis as unknown as Registry;

export type Log = (message: string) => void;

/** Registers the database opened by the CLI for the web server in the same process. */
export function provideDatabase(database: Promise<Database>): void {
	registry[KEY] = database;
}

/**
 * Registers how to open the database when the CLI has not provided one
 * (under `vite dev`): the app's composition (hooks.server.ts) knows how to
 * migrate and seed; the platform does not.
 */
export function openAppDatabaseUnlessProvided(open: () => Promise<Database>): void {
	registry[KEY] ??= open();
}

/** The database for the web server: the one the CLI opened, or the one opened at init. */
export function appDatabase(): Promise<Database> {
	const database = registry[KEY];
	if (!database)
		throw new Error('Databasen är inte öppnad: nara serve eller krokens init öppnar den.');
	return database;
}

/** Renews the pool of this process's database after a connection broke; nothing if none is open. */
export function renewAppDatabase(): void {
	void registry[KEY]?.then(
		(d) => d.renew(),
		() => {}
	);
}

/** Closes the database of this process, if one was opened (waiting `timeoutSeconds` for queries). */
export async function closeAppDatabase(timeoutSeconds?: number): Promise<void> {
	const pending = registry[KEY];
	delete registry[KEY];
	if (pending) await (await pending).close(timeoutSeconds);
}

/**
 * The read-only replica for the heavy read paths (DATABASE_READ_URL), or the
 * main database when none is set. A replica lags a little: only reads that
 * may show a value a moment late use it (the follow-up dashboards).
 */
const READ_KEY = Symbol.for('nara.readDatabase');
type ReadRegistry = { [READ_KEY]?: Promise<Database> };
const readRegistry = globalThis as unknown as ReadRegistry;

export function provideReadDatabase(database: Promise<Database> | undefined): void {
	if (database) readRegistry[READ_KEY] = database;
	else delete readRegistry[READ_KEY];
}

export function appReadDatabase(): Promise<Database> {
	return readRegistry[READ_KEY] ?? appDatabase();
}

/** Closes the replica's pool, if one was opened. */
export async function closeReadDatabase(timeoutSeconds?: number): Promise<void> {
	const pending = readRegistry[READ_KEY];
	delete readRegistry[READ_KEY];
	if (pending) await (await pending).close(timeoutSeconds);
}
